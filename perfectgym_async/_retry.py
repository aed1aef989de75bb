"""The retry policy: pure decisions, no I/O.

The request loop in ``_transport`` describes what happened to an attempt as an
:class:`Outcome` and asks :func:`decide` what to do next. Keeping this free of
sockets and clocks means every rule here is unit-tested directly.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import attrs

from . import _constants

__all__ = [
    "Outcome",
    "OutcomeKind",
    "RetryClass",
    "RetryDecision",
    "RetryPolicy",
    "backoff_delay",
    "decide",
    "is_retryable",
    "parse_retry_after",
    "pause_after_429",
]


class RetryClass(str, enum.Enum):
    """How an operation may be retried; set per operation in the spec (``x-retry``)."""

    #: GET, HEAD, PUT, DELETE: repeating them cannot change the outcome.
    SAFE = "safe"
    #: A POST that only validates; retried like SAFE.
    VALIDATE = "validate"
    #: A POST that changes state (booking, payment, lead creation). Retried only
    #: when the server cannot have acted on it.
    UNSAFE = "unsafe"


class OutcomeKind(enum.Enum):
    #: The server answered with a status code.
    STATUS = "status"
    #: No connection could be established: the request was never sent.
    CONNECT_FAILED = "connect_failed"
    #: The connection broke after the request may have been sent.
    CONNECTION_LOST = "connection_lost"
    #: No answer in time; the request may have been sent.
    TIMEOUT = "timeout"
    #: Connecting took too long: the request was never sent.
    CONNECT_TIMEOUT = "connect_timeout"
    #: The answer was larger than the client accepts; repeating it would not help.
    TOO_LARGE = "too_large"
    #: The client was closed while the request was in flight.
    CLOSED = "closed"


@attrs.frozen
class Outcome:
    kind: OutcomeKind
    status: int | None = None
    #: Seconds the server asked for via Retry-After, already parsed.
    retry_after: float | None = None

    @classmethod
    def from_status(cls, status: int, retry_after: float | None = None) -> Outcome:
        return cls(OutcomeKind.STATUS, status=status, retry_after=retry_after)


@attrs.frozen
class RetryPolicy:
    max_retries: int = _constants.DEFAULT_MAX_RETRIES
    initial_delay: float = _constants.INITIAL_RETRY_DELAY
    max_delay: float = _constants.MAX_RETRY_DELAY
    max_retry_after: float = _constants.MAX_RETRY_AFTER

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("retry delays must be >= 0")


@attrs.frozen
class RetryDecision:
    retry: bool
    #: Seconds to sleep before the next attempt (0 when not retrying).
    delay: float = 0.0
    #: True when the server asked for a wait longer than the policy accepts.
    wait_too_long: bool = False


_RETRYABLE_STATUSES_SAFE = frozenset({408, 429, 500, 502, 503, 504})


def is_retryable(retry_class: RetryClass, outcome: Outcome) -> bool:
    """Whether repeating the request is allowed for this outcome at all."""
    kind = outcome.kind
    if kind in (OutcomeKind.TOO_LARGE, OutcomeKind.CLOSED):
        return False
    if kind in (OutcomeKind.CONNECT_FAILED, OutcomeKind.CONNECT_TIMEOUT):
        # Nothing reached the server, so even a payment may be sent again.
        return True
    if kind is OutcomeKind.STATUS:
        status = outcome.status or 0
        if status == 429:
            # The rate limiter rejects before any business logic runs.
            return True
        if retry_class is RetryClass.UNSAFE:
            return False
        return status in _RETRYABLE_STATUSES_SAFE or 500 <= status <= 599
    # Timeouts and lost connections: the server may have acted.
    return retry_class is not RetryClass.UNSAFE


def backoff_delay(
    attempt: int,
    policy: RetryPolicy,
    *,
    rand: Callable[[], float] = random.random,
) -> float:
    """Exponential backoff with full jitter for the wait after ``attempt`` (1-based)."""
    ceiling: float = min(policy.max_delay, policy.initial_delay * (2.0 ** (attempt - 1)))
    # Keep at least half the step so a crowd of clients spreads out but still backs off.
    return ceiling * (0.5 + rand() / 2)


def decide(
    retry_class: RetryClass,
    outcome: Outcome,
    attempt: int,
    policy: RetryPolicy,
    *,
    rand: Callable[[], float] = random.random,
) -> RetryDecision:
    """Decide whether to retry after ``attempt`` (1-based) ended with ``outcome``."""
    if not is_retryable(retry_class, outcome):
        return RetryDecision(retry=False)
    if outcome.retry_after is not None and outcome.retry_after > policy.max_retry_after:
        return RetryDecision(retry=False, wait_too_long=True)
    if attempt > policy.max_retries:
        return RetryDecision(retry=False)
    delay = backoff_delay(attempt, policy, rand=rand)
    if outcome.retry_after is not None:
        # Never sooner than our own backoff: "Retry-After: 0" (or a date already
        # past) from a struggling server must not turn a crowd into a flood.
        delay = max(outcome.retry_after, delay)
    return RetryDecision(retry=True, delay=delay)


def pause_after_429(retry_after: float | None, attempt: int, policy: RetryPolicy) -> float:
    """How long a 429 holds its whole endpoint back.

    The server's Retry-After when it gave one (but at least the backoff floor);
    otherwise the documented rest of the minute, capped by ``max_retry_after``.
    """
    floor = policy.initial_delay * (2.0 ** (min(attempt, 16) - 1))
    floor = min(policy.max_delay, floor)
    if retry_after is None:
        return min(_constants.RATE_LIMIT_PAUSE, policy.max_retry_after)
    return max(retry_after, floor)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Parse a Retry-After header: delta-seconds or an HTTP date. None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        if seconds != seconds or seconds < 0:  # NaN or negative
            return None
        return min(seconds, _LONGEST_WAIT)
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        current = now or datetime.now(timezone.utc)
        return min(max(0.0, (when - current).total_seconds()), _LONGEST_WAIT)
    except (TypeError, ValueError, IndexError, OverflowError):
        # A date no calendar holds (year 10**19, say) is no usable instruction.
        return None


#: Any Retry-After beyond this (a year) is just "far too long"; keeps the arithmetic finite.
_LONGEST_WAIT = 365 * 24 * 3600.0
