"""Redemption of check-in vouchers.

Endpoint functions of the ``Checkin vouchers`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse
from .._responses import parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "redeem_checkin_voucher",
]


# ---------------------------------------------------------------- redeemCheckinVoucher


def build_redeem_checkin_voucher(
    body: models.CheckinVoucherRedeem | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/checkin-vouchers/redeem`` without sending it."""
    path = "/v1/checkin-vouchers/redeem"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("redeemCheckinVoucher", body, models.CheckinVoucherRedeem))
    return PreparedRequest(
        operation_id="redeemCheckinVoucher",
        method="POST",
        path_template="/v1/checkin-vouchers/redeem",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_redeem_checkin_voucher(
    response: RawResponse,
) -> models.OpenApiV1CheckinVoucherRedeemResultDto:
    """Turn the 2xx answer of ``redeemCheckinVoucher`` into its typed result."""
    result: models.OpenApiV1CheckinVoucherRedeemResultDto = parse_json(
        "redeemCheckinVoucher", response, models.OpenApiV1CheckinVoucherRedeemResultDto
    )
    return result


async def redeem_checkin_voucher(
    client: AsyncTransport,
    body: models.CheckinVoucherRedeem | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CheckinVoucherRedeemResultDto:
    """Redeem a check-in voucher.

    ``POST /v1/checkin-vouchers/redeem``: Uses up a check-in voucher for a lead and hands back a code for entering the studio.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.CheckinVoucherRedeem`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CheckinVoucherRedeemResultDto``.
    """
    request = build_redeem_checkin_voucher(body=body)
    return parse_redeem_checkin_voucher(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
