"""The retry policy is pure: every rule is checked here without a socket."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from perfectgym_async._retry import (
    Outcome,
    OutcomeKind,
    RetryClass,
    RetryPolicy,
    backoff_delay,
    decide,
    is_retryable,
    parse_retry_after,
)

POLICY = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=8.0, max_retry_after=120.0)
NOT_SENT = [Outcome(OutcomeKind.CONNECT_FAILED), Outcome(OutcomeKind.CONNECT_TIMEOUT)]
MAYBE_SENT = [Outcome(OutcomeKind.CONNECTION_LOST), Outcome(OutcomeKind.TIMEOUT)]


@pytest.mark.parametrize("retry_class", [RetryClass.SAFE, RetryClass.VALIDATE])
@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_idempotent_calls_retry_on_429_and_5xx(retry_class: RetryClass, status: int) -> None:
    assert is_retryable(retry_class, Outcome.from_status(status))


@pytest.mark.parametrize("retry_class", [RetryClass.SAFE, RetryClass.VALIDATE])
@pytest.mark.parametrize("outcome", NOT_SENT + MAYBE_SENT)
def test_idempotent_calls_retry_on_timeouts_and_connection_errors(
    retry_class: RetryClass, outcome: Outcome
) -> None:
    assert is_retryable(retry_class, outcome)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409])
@pytest.mark.parametrize("retry_class", list(RetryClass))
def test_client_errors_are_never_retried(retry_class: RetryClass, status: int) -> None:
    assert not is_retryable(retry_class, Outcome.from_status(status))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_state_changing_post_is_not_retried_after_a_server_error(status: int) -> None:
    # The server may have booked or charged before failing.
    assert not is_retryable(RetryClass.UNSAFE, Outcome.from_status(status))


@pytest.mark.parametrize("outcome", MAYBE_SENT)
def test_state_changing_post_is_not_retried_when_it_may_have_arrived(outcome: Outcome) -> None:
    assert not is_retryable(RetryClass.UNSAFE, outcome)


@pytest.mark.parametrize("outcome", [*NOT_SENT, Outcome.from_status(429)])
def test_state_changing_post_is_retried_when_the_server_cannot_have_acted(
    outcome: Outcome,
) -> None:
    assert is_retryable(RetryClass.UNSAFE, outcome)


def test_retry_after_is_honoured_exactly() -> None:
    decision = decide(RetryClass.SAFE, Outcome.from_status(503, retry_after=7.0), 1, POLICY)
    assert decision.retry and decision.delay == 7.0


def test_retry_after_beyond_the_cap_gives_up_at_once() -> None:
    decision = decide(RetryClass.SAFE, Outcome.from_status(429, retry_after=600.0), 1, POLICY)
    assert not decision.retry and decision.wait_too_long


def test_retries_stop_after_max_retries() -> None:
    outcome = Outcome.from_status(503)
    attempts = [decide(RetryClass.SAFE, outcome, n, POLICY, rand=lambda: 0.5) for n in (1, 2, 3, 4)]
    assert [d.retry for d in attempts] == [True, True, True, False]


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    low = [backoff_delay(n, POLICY, rand=lambda: 0.0) for n in range(1, 8)]
    high = [backoff_delay(n, POLICY, rand=lambda: 1.0) for n in range(1, 8)]
    assert high == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert low == [h / 2 for h in high]


def test_zero_max_retries_never_retries() -> None:
    policy = RetryPolicy(max_retries=0)
    assert not decide(RetryClass.SAFE, Outcome.from_status(503), 1, policy).retry


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("30", 30.0),
        (" 2.5 ", 2.5),
        ("0", 0.0),
        (None, None),
        ("", None),
        ("-3", None),
        ("soon", None),
        ("nan", None),
    ],
)
def test_parse_retry_after_seconds(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header) == expected


def test_parse_retry_after_http_date() -> None:
    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=timezone.utc)
    later = (now + timedelta(seconds=45)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert parse_retry_after(later, now=now) == 45.0


def test_parse_retry_after_date_in_the_past_means_now() -> None:
    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("Mon, 23 Nov 2026 11:00:00 GMT", now=now) == 0.0
