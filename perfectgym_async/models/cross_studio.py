"""Typed models of the PerfectGym Next Open API (1.13.2): the ``cross_studio`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.StudioInformationBase``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date

import attrs

from ..types import WireModel

__all__ = [
    "StudioInformationBase",
]


@attrs.define(kw_only=True)
class StudioInformationBase(WireModel):
    """Basic data of a studio."""

    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """Name of the studio."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    country: str | None = attrs.field(default=None, metadata={"wire": "country"})
    """Country of the studio's address."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 country code of the studio's address."""
    studio_id: int = attrs.field(metadata={"wire": "studioId"})
    """ID of the studio."""
    opening_date: date | None = attrs.field(default=None, metadata={"wire": "openingDate"})
    """Day the studio opened or opens."""
    closing_date: date | None = attrs.field(default=None, metadata={"wire": "closingDate"})
    """Day the studio closes."""
