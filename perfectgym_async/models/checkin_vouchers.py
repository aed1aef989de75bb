"""Typed models of the PerfectGym Next Open API (1.13.2): the ``checkin_vouchers`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.CheckinVoucherRedeem``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

import attrs

from ..types import WireModel

__all__ = [
    "CheckinVoucherRedeem",
    "OpenApiV1CheckinVoucherRedeemResultDto",
]


@attrs.define(kw_only=True)
class CheckinVoucherRedeem(WireModel):
    """A check-in voucher and the lead who redeems it."""

    voucher_code: str = attrs.field(metadata={"wire": "voucherCode"})
    """Code printed on the voucher."""
    firstname: str = attrs.field(metadata={"wire": "firstname"})
    """First name of the lead."""
    lastname: str = attrs.field(metadata={"wire": "lastname"})
    """Last name of the lead."""
    email: str = attrs.field(metadata={"wire": "email"})
    """Email address of the lead."""


@attrs.define(kw_only=True)
class OpenApiV1CheckinVoucherRedeemResultDto(WireModel):
    """Outcome of redeeming a check-in voucher."""

    studio_access_code: str = attrs.field(metadata={"wire": "studioAccessCode"})
    """Code that lets the lead check in at the studio."""
