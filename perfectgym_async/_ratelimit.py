"""Client-side per-endpoint rate limiting.

The Open API counts requests per endpoint (1000 a minute by default) and
answers 429 for the rest of the minute once a budget is spent. Each endpoint
(method + path template) gets its own sliding-window budget here, so a burst on
one endpoint never delays another, and a 429 that still gets through pauses
only the endpoint it came from.

The server counts a request when it *arrives*, which is some time after the
client decided to send it (a cold pool connects first) and before its answer
is in. So a request holds a unit of budget from ``acquire`` until ``release``
(its answer), and its place in the window is stamped at release: any request
the server can have counted in its last window is still counted here.
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
        if not isinstance(self.window, (int, float)) or isinstance(self.window, bool):
            raise TypeError("RateLimit.window must be a number of seconds")
        if not 0 < self.window < 86400:
            raise ValueError("RateLimit.window must be > 0 and under a day")


class _Budget:
    __slots__ = ("done", "in_flight")

    def __init__(self) -> None:
        #: When each request of the last window got its answer, oldest first.
        self.done: deque[float] = deque()
        #: Requests sent (or about to be) whose answer is not in yet.
        self.in_flight = 0


class EndpointRateLimiter:
    """Sliding-window log per endpoint, counting in-flight requests, plus server pauses."""

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._budgets: dict[str, _Budget] = {}
        self._paused_until: dict[str, float] = {}

    def delay_for(self, endpoint: str) -> float:
        """Seconds to wait before ``endpoint`` may send; 0 means now (and takes a unit)."""
        now = self._clock()
        paused = self._paused_until.get(endpoint, 0.0)
        if paused > now:
            return paused - now
        budget = self._budgets.get(endpoint)
        if budget is None:
            budget = self._budgets[endpoint] = _Budget()
        done = budget.done
        horizon = now - self.limit.window
        while done and done[0] <= horizon:
            done.popleft()
        if budget.in_flight + len(done) >= self.limit.requests:
            if not done:
                # Everything is in flight: each answer, whenever it comes, then counts
                # for a whole window, so nothing frees up sooner than that from now.
                return self.limit.window
            return max(done[0] - horizon, 1e-3)
        budget.in_flight += 1
        return 0.0

    async def acquire(self, endpoint: str) -> None:
        # No lock needed: the check-and-take in delay_for has no await inside.
        while (wait := self.delay_for(endpoint)) > 0:
            await anyio.sleep(wait)

    def release(self, endpoint: str) -> None:
        """The request taken by ``acquire`` is answered (or failed): stamp it now."""
        budget = self._budgets[endpoint]
        budget.in_flight -= 1
        budget.done.append(self._clock())

    def pause(self, endpoint: str, seconds: float) -> None:
        """The server said 429: hold this endpoint back for ``seconds``."""
        until = self._clock() + seconds
        if until > self._paused_until.get(endpoint, 0.0):
            self._paused_until[endpoint] = until
