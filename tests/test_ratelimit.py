"""The per-endpoint limiter: a sliding window per endpoint and server-imposed pauses."""

from __future__ import annotations

import pytest

from perfectgym_async import AsyncClient, RateLimit
from perfectgym_async._ratelimit import EndpointRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _send(limiter: EndpointRateLimiter, endpoint: str) -> float:
    """Take a unit and get the answer at once; the delay_for result."""
    wait = limiter.delay_for(endpoint)
    if wait == 0.0:
        limiter.release(endpoint)
    return wait


def test_budget_per_endpoint_within_the_window() -> None:
    clock = Clock()
    limiter = EndpointRateLimiter(RateLimit(requests=3, window=60), clock=clock)
    assert [_send(limiter, "GET /a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.delay_for("GET /a") == pytest.approx(60.0)
    assert _send(limiter, "GET /b") == 0.0  # another endpoint has its own budget
    clock.now += 30
    assert limiter.delay_for("GET /a") == pytest.approx(30.0)
    clock.now += 30.001
    assert _send(limiter, "GET /a") == 0.0


def test_window_slides_request_by_request() -> None:
    clock = Clock()
    limiter = EndpointRateLimiter(RateLimit(requests=2, window=10), clock=clock)
    _send(limiter, "e")
    clock.now += 4
    _send(limiter, "e")
    clock.now += 7  # the first request has left the window, the second has not
    assert _send(limiter, "e") == 0.0
    assert limiter.delay_for("e") == pytest.approx(3.0)


def test_a_request_counts_from_its_answer_not_from_when_it_was_allowed() -> None:
    # A request allowed at t=0 may arrive at the server much later (a cold pool connects
    # first); it must still count in any window the server can have counted it in.
    clock = Clock()
    limiter = EndpointRateLimiter(RateLimit(requests=2, window=10), clock=clock)
    assert limiter.delay_for("e") == 0.0
    assert limiter.delay_for("e") == 0.0
    clock.now += 9  # both still in flight: no unit is free, whatever the clock says
    assert limiter.delay_for("e") == pytest.approx(10.0)
    limiter.release("e")
    limiter.release("e")
    clock.now += 9.5  # answered 9.5 s ago: they may have arrived just before that
    assert limiter.delay_for("e") == pytest.approx(0.5)
    clock.now += 0.5
    assert limiter.delay_for("e") == 0.0


def test_server_pause_holds_only_that_endpoint() -> None:
    clock = Clock()
    limiter = EndpointRateLimiter(RateLimit(requests=100, window=60), clock=clock)
    limiter.pause("GET /a", 42)
    assert limiter.delay_for("GET /a") == pytest.approx(42)
    assert limiter.delay_for("GET /b") == 0.0
    limiter.pause("GET /a", 5)  # a shorter pause never shortens a longer one
    assert limiter.delay_for("GET /a") == pytest.approx(42)
    clock.now += 42
    assert limiter.delay_for("GET /a") == 0.0


@pytest.mark.parametrize(
    ("requests", "window", "exc"),
    [(0, 60.0, ValueError), (10, 0.0, ValueError), (1.5, 60.0, TypeError)],
)
def test_bad_limits_are_refused(requests: object, window: float, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        RateLimit(requests=requests, window=window)  # type: ignore[arg-type]


def test_client_limits_by_default_at_the_documented_rate() -> None:
    client = AsyncClient("https://tenant.example", "key")
    assert client.rate_limit == RateLimit(requests=1000, window=60.0)
    assert AsyncClient("https://tenant.example", "key", rate_limit=None).rate_limit is None
