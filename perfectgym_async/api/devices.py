"""Devices registered for the studio and their activation.

Endpoint functions of the ``Devices`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from .. import models
from .._request import PreparedRequest, RawResponse, check_int, format_path
from .._responses import parse_json
from .._retry import RetryClass
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "activate_device",
    "get_devices",
]


# ---------------------------------------------------------------- activateDevice


def build_activate_device(
    device_id: int,
) -> PreparedRequest:
    """Prepare ``PUT /v1/devices/{deviceId}/activate`` without sending it."""
    path = format_path(
        "/v1/devices/{deviceId}/activate",
        {
            "deviceId": check_int("device_id", device_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="activateDevice",
        method="PUT",
        path_template="/v1/devices/{deviceId}/activate",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
    )


def parse_activate_device(response: RawResponse) -> models.DeviceActivationResponse:
    """Turn the 2xx answer of ``activateDevice`` into its typed result."""
    result: models.DeviceActivationResponse = parse_json(
        "activateDevice", response, models.DeviceActivationResponse
    )
    return result


async def activate_device(
    client: AsyncTransport,
    device_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.DeviceActivationResponse:
    """Activate a device.

    ``PUT /v1/devices/{deviceId}/activate``: Switches a device to active and issues the token it uses from then on.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        device_id: ID of the device. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.DeviceActivationResponse``.
    """
    request = build_activate_device(device_id=device_id)
    return parse_activate_device(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getDevices


def build_get_devices() -> PreparedRequest:
    """Prepare ``GET /v1/devices`` without sending it."""
    path = "/v1/devices"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getDevices",
        method="GET",
        path_template="/v1/devices",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_devices(response: RawResponse) -> list[models.Device]:
    """Turn the 2xx answer of ``getDevices`` into its typed result."""
    result: list[models.Device] = parse_json("getDevices", response, list[models.Device])
    return result


async def get_devices(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Device]:
    """List devices.

    ``GET /v1/devices``: Devices (card, time and vending readers) set up for the studio.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Device]``.
    """
    request = build_get_devices()
    return parse_get_devices(await client.send(request, timeout=timeout, deadline=deadline))
