"""Typed models of the PerfectGym Next Open API (1.13.2): the ``payments`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.PaymentsUserSessionRequest``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import attrs

from ..types import OpenEnum, WireModel
from ._common import PaymentChoice

__all__ = [
    "PaymentsUserSessionRequestScope",
    "PaymentsUserSessionRequest",
    "PaymentsUserSessionResponse",
]


class PaymentsUserSessionRequestScope(OpenEnum):
    """Where the collected payment instrument will be used (MEMBER_ACCOUNT for payment runs, ECOM for purchases); decides the offered payment methods.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MEMBER_ACCOUNT = "MEMBER_ACCOUNT"
    ECOM = "ECOM"


@attrs.define(kw_only=True)
class PaymentsUserSessionRequest(WireModel):
    """Parameters of a user payment session to open."""

    amount: Decimal = attrs.field(metadata={"wire": "amount"})
    """Amount to pay in the studio's currency; 0 only captures a payment instrument for later recurring payments."""
    scope: PaymentsUserSessionRequestScope = attrs.field(metadata={"wire": "scope"})
    """Where the collected payment instrument will be used (MEMBER_ACCOUNT for payment runs, ECOM for purchases); decides the offered payment methods."""
    customer_id: int | None = attrs.field(default=None, metadata={"wire": "customerId"})
    """ID of an existing customer the session belongs to. Send either this or finionPayCustomerId, never both."""
    finion_pay_customer_id: str | None = attrs.field(
        default=None, metadata={"wire": "finionPayCustomerId"}
    )
    """Finion Pay ID of a prospective customer from an earlier session. Send either this or customerId, never both; without either a new one is created."""
    permitted_payment_choices: list[PaymentChoice] | None = attrs.field(
        default=None, metadata={"wire": "permittedPaymentChoices"}
    )
    """Payment choices allowed (e.g. by the contract offer); narrows the methods of the scope."""
    reference_text: str = attrs.field(metadata={"wire": "referenceText"})
    """Text shown on the customer's bank statement."""
    require_direct_debit_signature: bool | None = attrs.field(
        default=None, metadata={"wire": "requireDirectDebitSignature"}
    )
    """If true, the direct debit form (SEPA, CH_DD, LSV) asks the user for a signature."""
    show_existing_payment_instruments: bool | None = attrs.field(
        default=None, metadata={"wire": "showExistingPaymentInstruments"}
    )
    """If true (the server default), the component also offers the user's stored instruments."""


@attrs.define(kw_only=True)
class PaymentsUserSessionResponse(WireModel):
    """Token of a user payment session."""

    token: str = attrs.field(metadata={"wire": "token"})
    """Session token for the Universal Payment Component."""
    token_valid_until: datetime = attrs.field(metadata={"wire": "tokenValidUntil"})
    """When the token expires."""
    finion_pay_customer_id: str = attrs.field(metadata={"wire": "finionPayCustomerId"})
    """Finion Pay ID of the customer, e.g. to fetch stored payment instruments."""
