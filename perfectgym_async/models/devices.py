"""Typed models of the PerfectGym Next Open API (1.13.2): the ``devices`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.Device``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

import attrs

from ..types import OpenEnum, WireModel

__all__ = [
    "DeviceModel",
    "Device",
    "DeviceActivationResponse",
]


class DeviceModel(OpenEnum):
    """Kind of device.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    GENERIC_VENDING_READER = "GENERIC_VENDING_READER"
    GENERIC_CARD_READER = "GENERIC_CARD_READER"
    GENERIC_TIME_READER = "GENERIC_TIME_READER"


@attrs.define(kw_only=True)
class Device(WireModel):
    """A device (reader) of the studio."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the device."""
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """Name of the device."""
    active: bool = attrs.field(metadata={"wire": "active"})
    """False while the device still has to be activated."""
    model: DeviceModel | None = attrs.field(default=None, metadata={"wire": "model"})
    """Kind of device."""


@attrs.define(kw_only=True)
class DeviceActivationResponse(WireModel):
    """An activated device with its token."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the device."""
    access_token: str | None = attrs.field(default=None, metadata={"wire": "accessToken"})
    """Token the device sends in later calls."""
