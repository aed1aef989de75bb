"""The garbage collector finalising sync iterators while threads hand calls to the loop.

A half-read ``iter_*`` generator kept in a reference cycle is only ever
finalised by a collection, and a collection starts at whatever allocation
crosses the threshold, in whatever thread: in the middle of another call's
hand-over to the loop thread, on the loop thread itself. Such a finaliser must
neither block nor take a lock the interrupted thread may hold, and the async
walker it closes must not be closed twice, nor while an ``__anext__`` is still
running on the loop.

The threads here are daemons joined with a deadline, so a deadlock fails the
test (showing every stuck thread's stack) instead of hanging the run.
"""

from __future__ import annotations

import collections
import gc
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from perfectgym_async import Client
from perfectgym_async.testing import FakeTenant

#: How long the threads hammer the client.
STRESS_SECONDS = 2.0
#: How long they then get to finish the call they are in.
JOIN_SECONDS = 10.0
CALLERS = 4
SLICE = 50  # the smallest slice iter_customers allows
FORBIDDEN = ("asynchronous generator is already running", "Task exception was never retrieved")


@pytest.fixture(scope="module")
def tenant() -> Iterator[FakeTenant]:
    # Three slices: a walk read up to its first item has the second one in flight.
    with FakeTenant(customers=3 * SLICE, seed=11).serve_in_thread() as running:
        yield running


@pytest.fixture
def customer_ids(tenant: FakeTenant) -> list[int]:
    return sorted(tenant.data.customers)[:20]


class _Cycle:
    """Holds a half-read iterator in a reference cycle: only a collection frees it."""

    def __init__(self, walk: Iterator[Any]) -> None:
        self.walk = walk
        self.me = self


def _half_read(client: Client) -> Iterator[Any]:
    walk = client.customers.iter_customers(slice_size=SLICE)
    next(walk)
    return walk


class _HandOverCollector:
    """Runs a full collection in the middle of every hand-over to the client's loop.

    A collection can start at any allocation; this one starts at the worst place,
    where the calling thread is passing a call to the loop thread (and once held
    a lock). Half-read walks queued in ``graveyard`` are dropped into reference
    cycles right there, so the collection has one to finalise. A thread-local flag
    keeps a finaliser's own hand-over from collecting again.
    """

    def __init__(self, client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
        loop = client._runner._core.loop
        self._original: Callable[..., Any] = loop.call_soon_threadsafe
        self._inside = threading.local()
        self.graveyard: collections.deque[Iterator[Any]] = collections.deque()
        self.collections = 0
        self.finalised_here = 0
        monkeypatch.setattr(loop, "call_soon_threadsafe", self._hand_over)

    def _hand_over(self, *args: Any, **kwargs: Any) -> Any:
        if not getattr(self._inside, "flag", False):
            self._inside.flag = True
            try:
                try:
                    _Cycle(self.graveyard.popleft())
                    self.finalised_here += 1
                except IndexError:
                    pass
                gc.collect()
                self.collections += 1
            finally:
                self._inside.flag = False
        return self._original(*args, **kwargs)


def _run_threads(
    targets: list[tuple[str, Callable[[threading.Event], None]]], seconds: float
) -> list[threading.Thread]:
    """Run each target(stop) in a daemon thread for ``seconds``; return those still alive
    ``JOIN_SECONDS`` after being told to stop. Collections happen at every allocation."""
    stop = threading.Event()
    threads = [
        threading.Thread(target=target, args=(stop,), name=name, daemon=True)
        for name, target in targets
    ]
    thresholds = gc.get_threshold()
    # Frozen, the test session's own objects are not rescanned: full collections
    # stay cheap enough to run at every allocation and every hand-over.
    gc.collect()
    gc.freeze()
    gc.set_threshold(1)
    try:
        for thread in threads:
            thread.start()
        stop.wait(seconds)
    finally:
        stop.set()
        deadline = time.monotonic() + JOIN_SECONDS
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        gc.set_threshold(*thresholds)
        gc.unfreeze()
    return [thread for thread in threads if thread.is_alive()]


def _fail_stuck(client: Client, stuck: list[threading.Thread]) -> None:
    frames = sys._current_frames()
    loop_threads = [t for t in threading.enumerate() if t.name == "perfectgym-sync-loop"]
    parts = []
    for thread in stuck + loop_threads:
        frame = frames.get(thread.ident or -1)
        stack = "".join(traceback.format_stack(frame)) if frame is not None else "(gone)\n"
        parts.append(f"--- {thread.name}\n{stack}")
    # The client is left open, and not closed at exit either: closing could wait
    # on whatever the stuck threads hold, and hang the whole run.
    client._runner._finalizer.detach()
    pytest.fail(
        f"{len(stuck)} thread(s) still blocked {JOIN_SECONDS:.0f} s after being told to stop "
        "(a finaliser deadlocked?):\n" + "\n".join(parts),
        pytrace=False,
    )


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What finalisers raised (only sys.unraisablehook ever sees it)."""
    seen: list[str] = []
    previous = sys.unraisablehook

    def record(info: Any) -> None:
        seen.append(f"{info.err_msg or 'Exception ignored in'} {info.object!r}: {info.exc_value!r}")
        previous(info)

    monkeypatch.setattr(sys, "unraisablehook", record)
    return seen


def _assert_nothing_logged(caplog: pytest.LogCaptureFixture, unraisable: list[str]) -> None:
    assert not unraisable, unraisable
    logged = caplog.text
    for message in FORBIDDEN:
        assert message not in logged, logged
    errors = [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.WARNING
        and record.name.split(".")[0] in ("asyncio", "aiohttp", "perfectgym_async")
    ]
    assert not errors, errors


def test_a_collection_during_a_hand_over_closes_a_half_read_iterator(
    tenant: FakeTenant,
    customer_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    unraisable: list[str],
) -> None:
    """The shortest form of the deadlock: one thread, one dropped walk, one call."""
    caplog.set_level(logging.WARNING)
    client = Client(tenant.base_url, tenant.api_key, rate_limit=None)
    collector = _HandOverCollector(client, monkeypatch)
    collector.graveyard.append(_half_read(client))
    outcome: list[object] = []

    def call() -> None:
        try:
            outcome.append(client.customers.get_customer_by_id(customer_ids[0]).id)
        except BaseException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call, name="caller", daemon=True)
    caller.start()
    caller.join(JOIN_SECONDS)
    if caller.is_alive():
        _fail_stuck(client, [caller])
    assert outcome == [customer_ids[0]]
    assert collector.finalised_here == 1
    # The dropped walk's prefetch is cancelled, not left to finish: the client
    # closes at once and nothing complains.
    client.close()
    _assert_nothing_logged(caplog, unraisable)


def test_dropping_half_read_iterators_while_four_threads_call(
    tenant: FakeTenant,
    customer_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    unraisable: list[str],
) -> None:
    caplog.set_level(logging.WARNING)
    client = Client(tenant.base_url, tenant.api_key, rate_limit=None)
    collector = _HandOverCollector(client, monkeypatch)
    failures: list[BaseException] = []
    done = {"dropped": 0, "calls": 0}

    def drop(stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                walk = _half_read(client)
                if done["dropped"] % 2:
                    _Cycle(walk)  # left to whichever collection comes next
                else:
                    collector.graveyard.append(walk)  # for the next hand-over, anywhere
                del walk
                done["dropped"] += 1
        except BaseException as exc:
            failures.append(exc)

    def make_calls(index: int) -> Callable[[threading.Event], None]:
        def calls(stop: threading.Event) -> None:
            n = index
            try:
                while not stop.is_set():
                    wanted = customer_ids[n % len(customer_ids)]
                    assert client.customers.get_customer_by_id(wanted).id == wanted
                    n += CALLERS
                    done["calls"] += 1
            except BaseException as exc:
                failures.append(exc)

        return calls

    started = time.monotonic()
    stuck = _run_threads(
        [("dropper", drop)] + [(f"caller-{i}", make_calls(i)) for i in range(CALLERS)],
        STRESS_SECONDS,
    )
    if stuck:
        _fail_stuck(client, stuck)
    assert not failures, failures
    assert done["dropped"] >= 6 and done["calls"] >= 20, done
    assert collector.collections >= done["calls"]
    assert collector.finalised_here >= 3
    # Every dropped walk gets closed on the loop; the client carries on, then
    # closes cleanly.
    collector.graveyard.clear()
    gc.collect()
    open_walks = client._runner._core.sources
    deadline = time.monotonic() + JOIN_SECONDS
    while open_walks and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not open_walks
    assert client.customers.get_customer_by_id(customer_ids[0]).id == customer_ids[0]
    client.close()
    gc.collect()
    assert time.monotonic() - started < STRESS_SECONDS + JOIN_SECONDS
    _assert_nothing_logged(caplog, unraisable)
