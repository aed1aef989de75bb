"""Fault injection for the fake tenant: rate limits, 503s, latency, broken connections.

Random faults are drawn from a hash of the seed and the request (method,
path with query, and how many times that exact request arrived before), not
from a shared random stream. Concurrent requests interleave differently from
run to run; hashing keeps every request's fate the same anyway, and a retry
of a failed request gets a fresh draw.
"""

from __future__ import annotations

import functools
import hashlib
import math
import time
from collections.abc import Callable, Iterable
from typing import Literal

import attrs

__all__ = ["Fault", "FaultInjector", "Faults"]

FaultKind = Literal["429", "503", "drop", "truncate"]


def _probability(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"Faults.{attribute.name} must be a probability in [0, 1], got {value}")


def _non_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"Faults.{attribute.name} must be >= 0, got {value}")


def _methods(value: Iterable[str]) -> frozenset[str]:
    return frozenset(method.upper() for method in value)


def _paths(value: Iterable[str] | None) -> frozenset[str] | None:
    return None if value is None else frozenset(value)


@functools.cache
def served_templates() -> frozenset[str]:
    """The path templates of every operation the fake tenant serves: those of the spec."""
    from ._handlers import IMAGE_PATH, TenantApi
    from ._spec import load_spec

    # routes() only binds the handler methods: no data is needed to read the table.
    table = TenantApi.__new__(TenantApi).routes()
    hand_written = {template for _, template, _ in table if template != IMAGE_PATH}
    return frozenset(hand_written | {op.template for op in load_spec().operations})


@attrs.frozen(kw_only=True)
class Faults:
    """What goes wrong on the fake tenant, and how often.

    * ``rate_limit``: requests allowed per endpoint (method + path template) in
      each ``rate_limit_window`` seconds; the rest of the window answers 429,
      with a ``Retry-After`` header (whole seconds left in the window) when
      ``retry_after`` is true. ``None`` switches the limit off. Windows are
      fixed and counted from the tenant's start, like a per-minute counter.
    * ``throttle``: probability of a 429 although this client stayed within
      ``rate_limit``, as when other integrations using the same key have spent
      the endpoint's budget; ``Retry-After`` (when ``retry_after``) names the
      rest of the current ``rate_limit_window``.
    * ``unavailable``: probability of a 503 with the documented error body.
    * ``drop``: probability that the connection is closed without any response.
    * ``truncate``: probability that a response promises more bytes
      (``Content-Length``) than it sends before the connection closes.
    * ``latency`` + up to ``latency_jitter`` seconds are added to each request.
    * ``methods``: the HTTP methods random faults and latency apply to.
    * ``paths``: the path templates (e.g. ``/v1/customers/{customerId}``) random
      faults and latency apply to; ``None`` means every path. A template the
      tenant does not serve is refused (``ValueError``).
    * ``include_head``: the HEAD key check is left alone unless this is true.
    * ``state_change``: when a 503 or a dropped connection hits an operation
      that changes state (the spec's ``x-retry: unsafe`` ones: bookings,
      payments, lead and customer creation, purchases, uploads...):
      ``"before"`` the change (the tenant did nothing) or ``"after"`` it (the
      change happened, the client just never hears about it). A truncated
      body always happens after the change, since there is no body before.
    """

    rate_limit: int | None = None
    rate_limit_window: float = attrs.field(default=60.0, validator=_non_negative)
    retry_after: bool = True
    throttle: float = attrs.field(default=0.0, validator=_probability)
    unavailable: float = attrs.field(default=0.0, validator=_probability)
    drop: float = attrs.field(default=0.0, validator=_probability)
    truncate: float = attrs.field(default=0.0, validator=_probability)
    latency: float = attrs.field(default=0.0, validator=_non_negative)
    latency_jitter: float = attrs.field(default=0.0, validator=_non_negative)
    methods: frozenset[str] = attrs.field(
        default=frozenset({"GET", "POST", "PUT", "DELETE"}), converter=_methods
    )
    paths: frozenset[str] | None = attrs.field(default=None, converter=_paths)
    include_head: bool = False
    state_change: Literal["before", "after"] = "before"

    def __attrs_post_init__(self) -> None:
        if self.rate_limit is not None and self.rate_limit < 1:
            raise ValueError("Faults.rate_limit must be >= 1 or None")
        if self.rate_limit is not None and self.rate_limit_window <= 0:
            raise ValueError("Faults.rate_limit_window must be > 0")
        if self.throttle + self.unavailable + self.drop + self.truncate > 1.0:
            raise ValueError("Faults.throttle + unavailable + drop + truncate must not exceed 1")
        if self.throttle and self.rate_limit_window <= 0:
            raise ValueError("Faults.rate_limit_window must be > 0")
        if not self.methods <= {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"}:
            raise ValueError(f"Faults.methods holds HTTP methods, got {sorted(self.methods)}")
        if self.paths is not None:
            served = served_templates()
            unknown = sorted(self.paths - served)
            if unknown:
                raise ValueError(
                    f"Faults.paths: the fake tenant serves no path "
                    f"{' or '.join(repr(path) for path in unknown)}; "
                    f"valid path templates: {', '.join(sorted(served))}"
                )
        if self.state_change not in ("before", "after"):
            raise ValueError("Faults.state_change must be 'before' or 'after'")


@attrs.frozen
class Fault:
    """The fate of one request."""

    kind: FaultKind | None
    delay: float


class FaultInjector:
    """Applies one :class:`Faults` configuration; keeps the rate-limit windows."""

    def __init__(
        self, faults: Faults, seed: int, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.faults = faults
        self._seed = seed
        self._clock = clock
        self._origin = clock()
        self._windows: dict[str, tuple[int, int]] = {}
        self._arrivals: dict[tuple[str, str], int] = {}

    def rate_limited(self, endpoint: str) -> float | None:
        """None if ``endpoint`` may serve this request, else seconds left in its window."""
        limit = self.faults.rate_limit
        if limit is None:
            return None
        window = self.faults.rate_limit_window
        elapsed = self._clock() - self._origin
        index = math.floor(elapsed / window)
        current, count = self._windows.get(endpoint, (index, 0))
        if current != index:
            count = 0
        count += 1
        self._windows[endpoint] = (index, count)
        if count <= limit:
            return None
        return (index + 1) * window - elapsed

    def window_remaining(self) -> float:
        """Seconds left in the current rate-limit window."""
        window = self.faults.rate_limit_window
        elapsed = self._clock() - self._origin
        return (math.floor(elapsed / window) + 1) * window - elapsed

    def retry_after_header(self, remaining: float) -> dict[str, str]:
        if not self.faults.retry_after:
            return {}
        # Retry-After takes whole seconds; rounding up never invites an early retry.
        return {"Retry-After": str(max(1, math.ceil(remaining)))}

    def draw(self, method: str, template: str, target: str) -> Fault:
        """The fault (if any) and the added latency for this arrival of ``method target``.

        ``template`` is the documented path of ``target`` (which includes the query).
        """
        faults = self.faults
        if method not in faults.methods and not (method == "HEAD" and faults.include_head):
            return Fault(None, 0.0)
        if faults.paths is not None and template not in faults.paths:
            return Fault(None, 0.0)
        key = (method, target)
        arrival = self._arrivals.get(key, 0)
        self._arrivals[key] = arrival + 1
        digest = hashlib.blake2b(
            f"{self._seed}|{method}|{target}|{arrival}".encode(), digest_size=16
        ).digest()
        roll = int.from_bytes(digest[:8], "big") / 2**64
        jitter = int.from_bytes(digest[8:], "big") / 2**64
        delay = faults.latency + faults.latency_jitter * jitter
        kind: FaultKind | None = None
        chances: tuple[tuple[FaultKind, float], ...] = (
            ("429", faults.throttle),
            ("503", faults.unavailable),
            ("drop", faults.drop),
            ("truncate", faults.truncate),
        )
        for candidate, probability in chances:
            if roll < probability:
                kind = candidate
                break
            roll -= probability
        return Fault(kind, delay)
