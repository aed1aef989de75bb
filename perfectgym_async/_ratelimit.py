"""Client-side per-endpoint rate limiting.

The Open API counts requests per endpoint (1000 a minute by default) and
answers 429 for the rest of the minute once a budget is spent. Each endpoint
(method + path template) gets its own sliding-window budget here, so a burst on
one endpoint never delays another, and a 429 that still gets through pauses
only the endpoint it came from.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

import anyio
import attrs

from . import _constants

__all__ = ["EndpointRateLimiter", "RateLimit"]


@attrs.frozen
class RateLimit:
    """At most ``requests`` requests per endpoint in any ``window`` seconds."""

    requests: int = _constants.DEFAULT_RATE_LIMIT_REQUESTS
    window: float = _constants.DEFAULT_RATE_LIMIT_WINDOW

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.requests, int) or isinstance(self.requests, bool):
            raise TypeError("RateLimit.requests must be an int")
        if self.requests < 1:
            raise ValueError("RateLimit.requests must be >= 1")
        if not self.window > 0:
            raise ValueError("RateLimit.window must be > 0")


class EndpointRateLimiter:
    """Sliding-window log per endpoint, plus server-imposed pauses."""

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._sent: dict[str, deque[float]] = {}
        self._paused_until: dict[str, float] = {}

    def delay_for(self, endpoint: str) -> float:
        """Seconds to wait before ``endpoint`` may send; 0 means now (and counts it)."""
        now = self._clock()
        paused = self._paused_until.get(endpoint, 0.0)
        if paused > now:
            return paused - now
        sent = self._sent.get(endpoint)
        if sent is None:
            sent = self._sent[endpoint] = deque()
        horizon = now - self.limit.window
        while sent and sent[0] <= horizon:
            sent.popleft()
        if len(sent) >= self.limit.requests:
            return sent[0] - horizon
        sent.append(now)
        return 0.0

    async def acquire(self, endpoint: str) -> None:
        # No lock needed: the check-and-append in delay_for has no await inside.
        while (wait := self.delay_for(endpoint)) > 0:
            await anyio.sleep(wait)

    def pause(self, endpoint: str, seconds: float) -> None:
        """The server said 429: hold this endpoint back for ``seconds``."""
        until = self._clock() + seconds
        if until > self._paused_until.get(endpoint, 0.0):
            self._paused_until[endpoint] = until
