"""What an endpoint function hands the transport, and the argument checks it runs first.

Generated endpoint modules build a :class:`PreparedRequest` with pure code and
parse a :class:`RawResponse` with pure code; only ``AsyncClient.send`` does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import quote

import attrs
from multidict import CIMultiDictProxy

from ._retry import RetryClass
from .types import RawResult, Timeout

T = TypeVar("T")

__all__ = [
    "PreparedRequest",
    "RawResponse",
    "check_date",
    "check_enum",
    "check_int",
    "check_list",
    "check_offset",
    "check_str",
    "check_timeout",
    "format_path",
]


# Plain (not frozen) attrs classes: one of each is built per request, and frozen
# initialisers cost several times more. Treat them as immutable all the same.
@attrs.define
class PreparedRequest:
    operation_id: str
    method: str
    #: The documented path, e.g. ``/v1/customers/{customerId}/images``: used
    #: for logging and as the rate-limit bucket.
    path_template: str
    #: The path with parameters filled in and percent-encoded.
    path: str
    retry_class: RetryClass
    query: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    content_type: str | None = None

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.path_template}"


@attrs.define
class RawResponse:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes

    def with_parsed(self, parsed: T) -> RawResult[T]:
        """This answer's status, headers and trace id beside ``parsed``."""
        headers = self.headers
        return RawResult(
            status=self.status,
            headers=headers,
            trace_id=headers.get("X-Datadog-Trace-Id") or headers.get("X-Trace-Id"),
            parsed=parsed,
        )


def check_timeout(timeout: Timeout | float | None) -> Timeout | None:
    """A per-attempt timeout: a ``Timeout``, a number of seconds (total and connect) or None."""
    if timeout is None or type(timeout) is Timeout:
        return timeout
    if isinstance(timeout, Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a Timeout, a number of seconds or None, got {timeout!r}")
    return Timeout(total=timeout, connect=timeout)


def format_path(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders with percent-encoded values."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path


INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def check_int(
    name: str,
    value: Any,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> str:
    """An integer argument, range-checked (int64 at the widest), as its query/path text."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    low = INT64_MIN if minimum is None else minimum
    high = INT64_MAX if maximum is None else maximum
    if value < low:
        raise ValueError(f"{name} must be >= {low}, got {_short(value)}")
    if value > high:
        raise ValueError(f"{name} must be <= {high}, got {_short(value)}")
    return str(value)


def _short(value: int) -> str:
    # A 200-digit number in an error message helps nobody.
    text = str(value) if abs(value) < 10**30 else f"an integer of {len(str(abs(value)))} digits"
    return text


def check_list(
    name: str, value: Any, check_item: Callable[[Any], str], *, max_items: int | None = None
) -> list[str]:
    """A list argument sent as the parameter repeated; each item checked like a single one."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise TypeError(f"{name} must be a list, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty (leave it out instead)")
    if max_items is not None and len(value) > max_items:
        raise ValueError(f"{name} takes at most {max_items} items, got {len(value)}")
    return [check_item(item) for item in value]


def check_str(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def check_offset(name: str, value: Any) -> str:
    """Offsets are strings on the wire; accept an int for the numeric style too."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
        return str(value)
    return check_str(name, value)


def check_date(name: str, value: Any) -> str:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date, got {type(value).__name__}")
    return value.isoformat()


def check_enum(name: str, value: Any, known: tuple[str, ...] = ()) -> str:
    """An enum argument: a member of its enum, or a string naming a known value.

    A plain string outside ``known`` is refused (``"member"`` for ``"MEMBER"`` would
    only come back as a 400). A member always passes, also one built explicitly for a
    value newer than this SDK (``CustomerStatus("NEW_STATUS")``): that is the way to
    send it.
    """
    if isinstance(value, Enum):
        return check_str(name, value.value)
    text = check_str(name, value)
    if known and text not in known:
        raise ValueError(f"{name} must be one of {', '.join(known)}; got {text!r}")
    return text
