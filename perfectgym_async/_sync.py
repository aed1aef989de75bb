"""Runtime of the blocking :class:`~perfectgym_async.Client`.

A ``Client`` owns one asyncio event loop running in a daemon thread (inside an
anyio :class:`~anyio.from_thread.BlockingPortal`, which owns the loop's
lifetime) and one ``AsyncClient`` that lives on that loop. Every blocking
method hands a coroutine to the loop and sleeps on a lock until it is done; the
generated namespaces in ``_sync_client`` are one such call per operation.

Design choices, and why:

* Calls go to the loop with ``loop.call_soon_threadsafe`` and come back through
  a bare ``threading.Lock``, not through ``BlockingPortal.call``: the portal
  makes two thread round trips per call (one to spawn into its task group, one
  for the result) and waits uninterruptibly; its dispatch measured about four
  times the cost of this one, enough to miss the per-call budget against a fast
  server (see ``benchmarks/sync_overhead.py``).
* The caller waits in short timed slices, so Ctrl-C is seen promptly even where
  a lock wait cannot be interrupted by a signal (Windows); the interrupted
  coroutine is cancelled, and the client stays usable.
* The thread is a daemon and a forgotten client is closed by a finaliser, so a
  script that never calls ``close()`` still exits (with a ResourceWarning).
* Code already running on the loop thread cannot block on it; such calls fail
  at once with :class:`LoopThreadCallError` instead of deadlocking.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import warnings
import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Generator
from concurrent.futures import Future
from typing import Any, Concatenate, ParamSpec, TypeVar

import anyio
from anyio.from_thread import BlockingPortal

from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._transport import AsyncTransport
from .errors import ClientClosedError, LoopThreadCallError
from .types import Timeout

__all__ = ["SyncClientBase", "SyncRunner"]

P = ParamSpec("P")
T = TypeVar("T")
_C = TypeVar("_C", bound="SyncClientBase")

#: How long a blocked caller sleeps between checks that the loop thread is alive;
#: also the worst-case Ctrl-C latency where signals cannot interrupt a lock wait.
_POLL_INTERVAL = 0.1
#: How long the finaliser of a forgotten Client waits for its loop thread to stop.
_FINALIZE_TIMEOUT = 5.0

_CLOSED = "this Client is closed; create a new one"
_FORKED = (
    "this Client was created in another process, before os.fork(); its event-loop "
    "thread does not exist in this one: create a new Client after forking"
)


def _loop_thread_error(what: str) -> LoopThreadCallError:
    return LoopThreadCallError(
        f"{what} was called on the Client's own event-loop thread, where blocking "
        "would deadlock; code running on an event loop must use AsyncClient and await it"
    )


class _Job:
    """One call handed to the loop thread, and the lock its caller sleeps on."""

    __slots__ = ("args", "done", "error", "func", "kwargs", "task", "value")

    def __init__(
        self, func: Callable[..., Coroutine[Any, Any, Any]], args: Any, kwargs: Any
    ) -> None:
        # The coroutine is created on the loop, inside the task: a task cancelled
        # before it starts then leaves no never-awaited coroutine behind.
        self.func = func
        self.args = args
        self.kwargs = kwargs
        self.task: asyncio.Task[None] | None = None
        self.value: Any = None
        self.error: BaseException | None = None
        # A lock acquired now and released by the loop thread is the cheapest
        # cross-thread wake-up there is (a Condition or Future allocates more).
        self.done = threading.Lock()
        self.done.acquire()


def _serve(ready: Future[tuple[asyncio.AbstractEventLoop, BlockingPortal]]) -> None:
    """Body of the loop thread: run a BlockingPortal until it is stopped."""

    async def main() -> None:
        async with BlockingPortal() as portal:
            ready.set_result((asyncio.get_running_loop(), portal))
            await portal.sleep_until_stopped()

    try:
        anyio.run(main)
    except BaseException as exc:
        if ready.done():
            raise
        ready.set_exception(exc)


class _Core:
    """The loop thread, its portal and the AsyncClient on it.

    Kept apart from :class:`SyncRunner` so that the finaliser of a forgotten
    runner can close all this without keeping the runner itself alive.
    """

    __slots__ = (
        "__weakref__",
        "active",
        "client",
        "closed",
        "ident",
        "lock",
        "loop",
        "portal",
        "reason",
        "thread",
    )

    def __init__(self, client: AsyncTransport) -> None:
        self.client = client
        # Guards ``closed`` against submissions, so that every call scheduled before
        # close() runs (and is cancelled) before the shutdown does.
        self.lock = threading.Lock()
        self.closed = False
        self.reason = _CLOSED
        #: Jobs started on the loop and not finished; only touched on the loop thread.
        self.active: set[_Job] = set()
        ready: Future[tuple[asyncio.AbstractEventLoop, BlockingPortal]] = Future()
        self.thread = threading.Thread(
            target=_serve, args=(ready,), name="perfectgym-sync-loop", daemon=True
        )
        self.thread.start()
        self.loop, self.portal = ready.result()
        self.ident = self.thread.ident
        _LIVE.add(self)

    # ------------------------------------------------------------- caller side

    def submit(self, func: Callable[..., Coroutine[Any, Any, Any]], args: Any, kwargs: Any) -> _Job:
        job = _Job(func, args, kwargs)
        with self.lock:
            if self.closed:
                raise ClientClosedError(self.reason)
            try:
                self.loop.call_soon_threadsafe(self._start, job)
            except RuntimeError:  # the loop ended without close(): its thread died
                self.closed = True
                raise ClientClosedError(f"{self.reason} (its event loop has stopped)") from None
        return job

    def on_loop_thread(self) -> bool:
        # A finished thread's ident can be reused by a new thread; only a running
        # loop thread is the one that would deadlock.
        return threading.get_ident() == self.ident and self.thread.is_alive()

    def wait(self, job: _Job, *, cancel_on_interrupt: bool = True) -> Any:
        done = job.done
        try:
            while not done.acquire(True, _POLL_INTERVAL):
                if not self.thread.is_alive():
                    raise ClientClosedError(f"{self.reason} (its event-loop thread has stopped)")
        except BaseException:
            # Ctrl-C, or whatever else a signal handler raised while we slept: stop
            # the coroutine instead of leaving it running unobserved.
            if cancel_on_interrupt:
                self.cancel_soon(job)
            raise
        error = job.error
        if error is None:
            return job.value
        job.error = None
        try:
            if isinstance(error, asyncio.CancelledError) and self.closed:
                raise ClientClosedError(
                    f"{self.reason} (it was closed while this call was in flight)"
                ) from None
            raise error
        finally:
            del error  # the traceback references this frame

    def cancel_soon(self, job: _Job) -> None:
        # A closed loop raises RuntimeError, and has nothing left running to cancel.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self._cancel, job)

    def close(self, *, wait: bool) -> None:
        job: _Job | None = None
        with self.lock:
            if not self.closed:
                self.closed = True
                job = _Job(self._shutdown, (), {})
                try:
                    self.loop.call_soon_threadsafe(self._start, job)
                except RuntimeError:
                    job = None  # the loop already ended; there is nothing to shut down
        if not wait:
            return
        if job is not None:
            # An interrupted close still finishes on the loop thread: cancelling it
            # halfway would leave the session open.
            self.wait(job, cancel_on_interrupt=False)
        while self.thread.is_alive():
            self.thread.join(_POLL_INTERVAL)

    # ------------------------------------------------------------- loop side

    def _start(self, job: _Job) -> None:
        self.active.add(job)
        coro = self._execute(job)
        try:
            job.task = self.loop.create_task(coro)
        except BaseException as exc:
            # The caller sleeps until ``done`` is released: never leave it hanging.
            coro.close()
            self.active.discard(job)
            job.error = exc
            job.done.release()

    async def _execute(self, job: _Job) -> None:
        try:
            job.value = await job.func(*job.args, **job.kwargs)
        except BaseException as exc:
            # Everything, cancellation included, belongs to the waiting caller.
            job.error = exc
        finally:
            self.active.discard(job)
            job.done.release()

    @staticmethod
    def _cancel(job: _Job) -> None:
        if job.task is not None:
            job.task.cancel()

    async def _shutdown(self) -> None:
        try:
            # Calls still in flight fail with ClientClosedError rather than with
            # whatever a request on a closing session happens to raise.
            pending = [job.task for job in self.active if job.task is not None]
            current = asyncio.current_task()
            pending = [task for task in pending if task is not current]
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
            await self.client.aclose()
        finally:
            await self.portal.stop()


#: Every live core, so that a forked child can disable the ones it inherited.
_LIVE: weakref.WeakSet[_Core] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    # The child has the parent's objects but not its threads: without this, a
    # call would wait forever for a loop that is not running.
    for core in list(_LIVE):
        core.lock = threading.Lock()
        core.closed = True
        core.reason = _FORKED


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _collect(core: _Core) -> None:
    """Finaliser of a SyncRunner that was never closed (garbage or interpreter exit)."""
    if core.closed:
        return
    try:
        warnings.warn(
            "unclosed Client; use 'with Client(...) as client:' or call client.close()",
            ResourceWarning,
            stacklevel=2,
        )
    finally:
        on_loop = core.on_loop_thread()
        core.close(wait=False)
        if not on_loop:
            core.thread.join(_FINALIZE_TIMEOUT)


async def _anext(source: AsyncIterator[Any]) -> Any:
    try:
        return await source.__anext__()
    except StopAsyncIteration:
        # Returned, not raised: a coroutine must not leak StopAsyncIteration.
        return _EXHAUSTED


async def _aclose(source: AsyncIterator[Any], last: _Job | None) -> None:
    task = last.task if last is not None else None
    if task is not None and not task.done():
        # An interrupted __anext__ is still unwinding, and aclose() on a running
        # async generator raises RuntimeError: let it finish first.
        await asyncio.wait({task})
    aclose = getattr(source, "aclose", None)
    if aclose is not None:
        await aclose()


_EXHAUSTED: Any = object()


class SyncRunner:
    """Runs the async SDK's functions on a Client's loop thread, blocking for each result.

    The Client, its namespaces and its open iterators hold this object; when the
    last of them is gone without :meth:`close`, a finaliser closes the AsyncClient
    and stops the thread.
    """

    __slots__ = ("__weakref__", "_core", "_finalizer")

    def __init__(self, client: AsyncTransport) -> None:
        self._core = _Core(client)
        self._finalizer = weakref.finalize(self, _collect, self._core)

    @property
    def closed(self) -> bool:
        return self._core.closed

    def call(
        self,
        func: Callable[Concatenate[AsyncTransport, P], Coroutine[Any, Any, T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """``await func(async_client, *args, **kwargs)`` on the loop thread; return its result."""
        core = self._core
        if threading.get_ident() == core.ident and core.on_loop_thread():
            raise _loop_thread_error(f"{func.__name__}()")
        result: T = core.wait(core.submit(func, (core.client, *args), kwargs))
        return result

    def iterate(
        self,
        func: Callable[Concatenate[AsyncTransport, P], AsyncIterator[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Generator[T, None, None]:
        """A blocking iterator over ``func(async_client, *args, **kwargs)``.

        ``func`` is called here, in the caller's thread, so its arguments are checked
        before anything is sent, as on the async side. Each item is one ``__anext__`` on the loop;
        stopping early (``break``, an exception, ``close()``) closes the async
        iterator, which drops any slice it was prefetching.
        """
        core = self._core
        if core.on_loop_thread():
            raise _loop_thread_error(f"{func.__name__}()")
        if core.closed:
            raise ClientClosedError(core.reason)
        return self._drain(func(core.client, *args, **kwargs))

    def _drain(self, source: AsyncIterator[T]) -> Generator[T, None, None]:
        core = self._core
        last: _Job | None = None
        exhausted = False
        try:
            while True:
                last = core.submit(_anext, (source,), {})
                item = core.wait(last)
                if item is _EXHAUSTED:
                    exhausted = True
                    return
                yield item
        finally:
            if not exhausted:
                self._close_source(source, last)

    def _close_source(self, source: AsyncIterator[Any], last: _Job | None) -> None:
        core = self._core
        try:
            job = core.submit(_aclose, (source, last), {})
        except ClientClosedError:
            return  # the loop's shutdown finalises any async generator left open
        if not core.on_loop_thread():
            # On the loop thread (a garbage collection there) the job just runs later.
            core.wait(job)

    def close(self) -> None:
        """Close the AsyncClient and stop the loop thread. Safe to call twice."""
        core = self._core
        if core.on_loop_thread():
            raise _loop_thread_error("close()")
        self._finalizer.detach()
        core.close(wait=True)


class SyncClientBase:
    """Lifecycle of the blocking client; the generated ``Client`` adds the namespaces."""

    def __init__(self, client: AsyncTransport) -> None:
        self._async_client = client
        self._runner = SyncRunner(client)

    @property
    def base_url(self) -> str:
        return self._async_client.base_url

    @property
    def timeout(self) -> Timeout:
        return self._async_client.timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._async_client.retry_policy

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._async_client.rate_limit

    @property
    def language(self) -> str | None:
        return self._async_client.language

    @property
    def is_closed(self) -> bool:
        return self._runner.closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} api_key=<redacted>>"

    def __enter__(self: _C) -> _C:
        if self._runner.closed:
            raise ClientClosedError(_CLOSED)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the session (exactly once) and stop the event-loop thread. Safe to call twice."""
        self._runner.close()

    def validate_api_key(self) -> bool:
        """The documented key check: a HEAD request. True on 200, False on 401."""
        return self._runner.call(AsyncTransport.validate_api_key)
