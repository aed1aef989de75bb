"""Typed models of the PerfectGym Next Open API (1.13.2): shapes several tags share.

Import them from ``perfectgym_async.models`` (``models.Language``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..types import OpenEnum

__all__ = [
    "Gender",
    "TypedArgumentType",
    "Language",
    "TypedArgumentDto",
]


class Gender(OpenEnum):
    """Gender of a customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MALE = "MALE"
    FEMALE = "FEMALE"
    UNISEX = "UNISEX"


class TypedArgumentType(OpenEnum):
    """Kind of the value.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    TIMESTAMP = "TIMESTAMP"
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    MONTH_DAY = "MONTH_DAY"
    TIME = "TIME"
    TERM = "TERM"
    TERM_LIST = "TERM_LIST"
    INTEGER = "INTEGER"
    DECIMAL = "DECIMAL"
    STRING = "STRING"
    MONEY = "MONEY"
    LIMITABLE_CONFIG_PROPERTY = "LIMITABLE_CONFIG_PROPERTY"
    I18N_KEY = "I18N_KEY"
    I18N_KEY_LIST = "I18N_KEY_LIST"
    PERMISSION_LIST = "PERMISSION_LIST"
    ENUM = "ENUM"
    AVAILABILITY_LIST = "AVAILABILITY_LIST"


@attrs.define(kw_only=True)
class Language:
    """A language, optionally with a country variant."""

    language_code: str = attrs.field(metadata={"wire": "languageCode"})
    """ISO 639-1 language code."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 country code."""


@attrs.define(kw_only=True)
class TypedArgumentDto:
    """A message argument with its type."""

    value: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "value"})
    """The argument value."""
    type: TypedArgumentType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of the value."""
