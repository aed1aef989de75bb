"""Value types shared by the models and the client: zoned date-times, open enums, pages."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

if TYPE_CHECKING:
    from multidict import CIMultiDictProxy

__all__ = [
    "OpenEnum",
    "Page",
    "RawResult",
    "Timeout",
    "WireModel",
    "ZonedDateTime",
    "format_datetime",
]

T = TypeVar("T")
_M = TypeVar("_M", bound="WireModel")

_DATETIME_RE = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})
    [Tt ](?P<hour>\d{2}):(?P<minute>\d{2})
    (?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?
    (?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?
    (?:\[(?P<zone>[^\]]+)\])?
    """,
    re.VERBOSE,
)


def _parse_offset(text: str) -> timezone:
    if text in ("Z", "z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


class ZonedDateTime(datetime):
    """A timezone-aware ``datetime`` that remembers the exact text it was parsed from.

    The platform writes some date-times with a region suffix
    (``2022-06-22T08:00:00.000+02:00[Europe/Berlin]``). Parsing gives a datetime
    in that zone; serialising an unchanged value gives back the identical text,
    so a slot can be sent back to validate and book verbatim. Arithmetic and
    ``replace()`` produce values without the remembered text, which are then
    formatted afresh.
    """

    __slots__ = ("_wire",)
    _wire: str | None

    @classmethod
    def parse(cls, text: str) -> ZonedDateTime:
        if not isinstance(text, str):
            raise TypeError(f"expected an ISO 8601 date-time string, got {type(text).__name__}")
        match = _DATETIME_RE.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not an ISO 8601 date-time: {text!r}")
        parts = match.groupdict()
        fraction = (parts["fraction"] or "0")[:6].ljust(6, "0")
        offset = _parse_offset(parts["offset"]) if parts["offset"] else None
        zone: tzinfo | None = None
        if parts["zone"]:
            try:
                zone = ZoneInfo(parts["zone"])
            except (ZoneInfoNotFoundError, ValueError):
                zone = None
        fields = (
            int(parts["year"]),
            int(parts["month"]),
            int(parts["day"]),
            int(parts["hour"]),
            int(parts["minute"]),
            int(parts["second"] or 0),
            int(fraction),
        )
        if zone is not None:
            value = cls(*fields, tzinfo=zone)
            if offset is not None and value.utcoffset() != offset.utcoffset(None):
                # Ambiguous wall time (DST fold): the explicit offset decides.
                value = value.replace(fold=1 - value.fold)
                if value.utcoffset() != offset.utcoffset(None):
                    value = cls(*fields, tzinfo=offset).astimezone(zone)
        else:
            # The platform documents every date-time as zoned; an offset-less one is UTC.
            value = cls(*fields, tzinfo=offset or timezone.utc)
        value = cls._from_datetime(value)
        value._wire = text
        return value

    @classmethod
    def _from_datetime(cls, value: datetime) -> ZonedDateTime:
        result = cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            tzinfo=value.tzinfo,
            fold=value.fold,
        )
        result._wire = None
        return result

    @property
    def wire(self) -> str:
        """The text this value is sent as."""
        return format_datetime(self)

    def __reduce__(self) -> Any:
        # Plain datetime pickling would drop the remembered text.
        return (ZonedDateTime.parse, (self.wire,))

    def __repr__(self) -> str:
        return f"ZonedDateTime.parse({self.wire!r})"

    def __str__(self) -> str:
        # The wire text, zone suffix included (``datetime.__str__`` would drop the
        # ``[Europe/Berlin]`` and put a space for the ``T``); f-strings use this too.
        return format_datetime(self)


def format_datetime(value: datetime) -> str:
    """The wire form of a date-time: the remembered text, or ISO 8601 with milliseconds.

    A value in a ``ZoneInfo`` zone gets the ``[Region/City]`` suffix the platform uses.
    """
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    wire: str | None = getattr(value, "_wire", None)
    if wire is not None:
        return wire
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"date-time {value.isoformat()} has no timezone; the API needs an aware one"
        )
    text = value.isoformat(timespec="milliseconds")
    if isinstance(value.tzinfo, ZoneInfo):
        return f"{text}[{value.tzinfo.key}]"
    if value.utcoffset() == timedelta(0):
        return text.removesuffix("+00:00") + "Z"
    return text


class OpenEnum(str, enum.Enum):
    """An enum that keeps values it does not know.

    The API adds enum values in minor versions. A value outside the table
    becomes a pseudo-member that compares equal to its string, so old SDK
    versions keep working and the value is not lost.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this version of the SDK has no member for."""
        return self._name_ in type(self).__members__


class WireModel:
    """Base of every generated model: conversion to and from the API's wire shape.

    ``to_dict()`` and ``to_json()`` give what the SDK would send (camelCase keys,
    ``Decimal`` amounts, ISO dates, zoned date-times as their exact wire text,
    fields left at ``None`` omitted); ``Model.from_dict(mapping)`` is the validated
    inverse, as strict as a request body: a wrong type or an unknown key is a
    ``ValueError`` naming the field. ``Model.from_dict(m.to_dict()) == m``.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """This model in its wire (camelCase) shape; Decimals stay ``Decimal``."""
        from ._serde import model_to_dict

        return model_to_dict(self)

    def to_json(self) -> str:
        """This model as JSON text, exactly as the SDK sends it (every Decimal digit kept)."""
        from ._serde import model_to_json

        return model_to_json(self)

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Build and validate a model from a mapping in its wire (camelCase) shape.

        Strict: a wrong type, a missing required field or an unknown key raises
        ``ValueError`` (``TypeError`` when ``data`` is not a mapping) naming the field.
        """
        from ._serde import model_from_dict

        return model_from_dict(cls, data)


@attrs.frozen
class RawResult(Generic[T]):
    """A successful call's HTTP details beside its parsed result.

    Returned by the ``client.with_raw_response`` namespaces:
    ``raw = await client.with_raw_response.customers.get_customer_by_id(1)``.
    ``headers`` are the response headers (any echo of the API key redacted);
    ``trace_id`` is the platform's trace id header (``X-Datadog-Trace-Id`` or
    ``X-Trace-Id``) when it sent one.
    """

    status: int
    headers: CIMultiDictProxy[str]
    trace_id: str | None
    parsed: T


@attrs.frozen
class Page(Generic[T]):
    """One slice of a sliced list: the items, whether more follow, and the next offset."""

    result: list[T]
    has_next: bool
    offset: str


#: A per-attempt limit longer than a day is a mistake, not a setting.
_LONGEST_TIMEOUT = 86400.0


@attrs.frozen
class Timeout:
    """Per-attempt limits in seconds; ``None`` means no limit."""

    total: float | None = 30.0
    connect: float | None = 10.0

    def __attrs_post_init__(self) -> None:
        for name in ("total", "connect"):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(
                    f"Timeout.{name} must be a number of seconds or None, got {value!r}"
                )
            # NaN fails every comparison, so it is refused here too; so are inf and
            # values past a day, which aiohttp would turn into overflowing timers.
            if not 0 < value <= _LONGEST_TIMEOUT:
                raise ValueError(
                    f"Timeout.{name} must be > 0 and at most {_LONGEST_TIMEOUT:g} seconds "
                    f"(or None for no limit), got {value!r}"
                )
