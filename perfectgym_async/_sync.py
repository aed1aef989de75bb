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
* Handing a call over takes no lock: ``close()`` only sets a flag, and the loop
  thread, where everything is serialised, refuses calls that reach it after the
  shutdown began. A garbage collection can run a finaliser in any thread at any
  allocation, the middle of a hand-over included, so no finaliser here blocks or
  takes a lock: the work it needs (closing an abandoned iterator's async
  generator, closing a forgotten client) is queued on the loop and not waited for.
* Each ``iter_*`` async generator is closed by this module alone, on the loop,
  after any ``__anext__`` of it still running there: open ones are kept
  reachable (``_Core.sources``) so that asyncio's own finaliser hook never closes
  one concurrently, and every task made for that has its outcome consumed.
* The thread is a daemon and a forgotten client is closed by a finaliser, so a
  script that never calls ``close()`` still exits (with a ResourceWarning); at
  exit, the loop threads get a moment to finish closing their sessions.
* Code already running on the loop thread cannot block on it; such calls fail
  at once with :class:`LoopThreadCallError` instead of deadlocking.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import sys
import threading
import time
import warnings
import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Generator
from concurrent.futures import Future
from typing import Any, Concatenate, ParamSpec, TypeVar

import anyio
from anyio.from_thread import BlockingPortal

from ._constants import LOGGER_NAME
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
#: How long interpreter exit waits for the loop threads of closing clients to stop.
_FINALIZE_TIMEOUT = 5.0

logger = logging.getLogger(LOGGER_NAME)

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
        "closing",
        "ident",
        "loop",
        "portal",
        "reason",
        "sources",
        "stopping",
        "thread",
    )

    def __init__(self, client: AsyncTransport) -> None:
        self.client = client
        #: Set by close() in the caller's thread; read without a lock (see _start).
        self.closed = False
        self.reason = _CLOSED
        #: Set on the loop thread when the shutdown is scheduled; from then on the
        #: loop refuses new calls. Only touched on the loop thread.
        self.stopping = False
        #: Jobs started on the loop and not finished; only touched on the loop thread.
        self.active: set[_Job] = set()
        #: The async iterators of open sync iterators. Holding them here keeps them
        #: from ever being garbage while open, so asyncio's finaliser hook never
        #: closes one behind our back (and concurrently with our own close).
        self.sources: set[AsyncIterator[Any]] = set()
        #: Tasks closing abandoned iterators; only touched on the loop thread.
        self.closing: set[asyncio.Task[None]] = set()
        ready: Future[tuple[asyncio.AbstractEventLoop, BlockingPortal]] = Future()
        self.thread = threading.Thread(
            target=_serve, args=(ready,), name="perfectgym-sync-loop", daemon=True
        )
        self.thread.start()
        self.loop, self.portal = ready.result()
        self.ident = self.thread.ident
        _LIVE.add(self)
        _LOOP_THREADS.add(self.thread)

    # ------------------------------------------------------------- caller side

    def submit(self, func: Callable[..., Coroutine[Any, Any, Any]], args: Any, kwargs: Any) -> _Job:
        # No lock: a finaliser run by a garbage collection in the middle of this
        # could not take it again. A call racing with close() is refused on the
        # loop thread instead (see _start).
        if self.closed:
            raise ClientClosedError(self.reason)
        job = _Job(func, args, kwargs)
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
        """Shut the loop down; ``wait=False`` is what a finaliser may call (no lock, no wait)."""
        job: _Job | None = None
        if not self.closed:
            self.closed = True
            job = _Job(self._shutdown, (), {})
            try:
                self.loop.call_soon_threadsafe(self._begin_shutdown, job)
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

    def close_source_soon(self, source: AsyncIterator[Any]) -> None:
        """Have the loop close an abandoned iterator's ``source``; returns at once.

        Called from a generator's ``finally``, which a garbage collection may run in
        any thread at any moment: it takes no lock and waits for nothing.
        """
        if self.closed:
            return  # the loop's shutdown closes every async generator still open
        # A closed loop raises RuntimeError, and has closed its async generators.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self._close_source, source)

    # ------------------------------------------------------------- loop side

    def _start(self, job: _Job) -> None:
        if self.stopping:
            # Handed over while close() ran: the shutdown has begun and will not
            # cancel it. The caller gets ClientClosedError (see wait()).
            job.error = asyncio.CancelledError()
            job.done.release()
            return
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

    def _begin_shutdown(self, job: _Job) -> None:
        if self.stopping:
            # Another close() got here first; its shutdown is under way, and the
            # caller of this one just waits for the thread to end.
            job.done.release()
            return
        self._start(job)
        self.stopping = True

    async def _shutdown(self) -> None:
        try:
            # Calls still in flight fail with ClientClosedError rather than with
            # whatever a request on a closing session happens to raise.
            current = asyncio.current_task()
            pending = {job.task for job in self.active if job.task is not None} - {current}
            for task in pending:
                task.cancel()
            # Abandoned iterators finish closing (they drop their prefetch) first.
            pending |= self.closing
            if pending:
                await asyncio.wait(pending)
            await self.client.aclose()
        finally:
            await self.portal.stop()

    def _close_source(self, source: AsyncIterator[Any]) -> None:
        if self.stopping:
            return  # the loop's shutdown closes every async generator still open
        coro = self._aclose(source)
        try:
            task = self.loop.create_task(coro)
        except BaseException:
            coro.close()
            raise
        self.closing.add(task)
        task.add_done_callback(self._source_closed)

    async def _aclose(self, source: AsyncIterator[Any]) -> None:
        try:
            # aclose() on an async generator with an __anext__ still running raises
            # RuntimeError: an interrupted caller's __anext__ (being cancelled) ends first.
            running = {
                job.task
                for job in self.active
                if job.func is _anext and job.args[0] is source and job.task is not None
            }
            if running:
                await asyncio.wait(running)
            aclose = getattr(source, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            self.sources.discard(source)

    def _source_closed(self, task: asyncio.Task[None]) -> None:
        self.closing.discard(task)
        # Consumed here, so asyncio never logs "Task exception was never retrieved".
        if not task.cancelled() and (error := task.exception()) is not None:
            logger.warning("closing an abandoned iterator failed", exc_info=error)


#: Every live core, so that a forked child can disable the ones it inherited.
_LIVE: weakref.WeakSet[_Core] = weakref.WeakSet()
#: Every running loop thread (a running thread stays referenced by ``threading``).
_LOOP_THREADS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    # The child has the parent's objects but not its threads: without this, a
    # call would wait forever for a loop that is not running.
    for core in list(_LIVE):
        core.closed = True
        core.reason = _FORKED


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _collect(core: _Core) -> None:
    """Finaliser of a SyncRunner that was never closed: queues the shutdown, never waits."""
    if core.closed:
        return
    try:
        warnings.warn(
            "unclosed Client; use 'with Client(...) as client:' or call client.close()",
            ResourceWarning,
            stacklevel=2,
        )
    finally:
        core.close(wait=False)


@atexit.register
def _at_exit() -> None:
    """Close the clients still open at interpreter exit, then let every loop thread finish.

    Finalisers do not wait for a loop thread, so this is where the waiting happens:
    the interpreter would otherwise stop the daemon threads halfway through closing
    their sessions.
    """
    for core in list(_LIVE):
        try:
            _collect(core)
        except Exception as exc:  # as weakref.finalize reports a failing finaliser at exit
            sys.excepthook(type(exc), exc, exc.__traceback__)
    deadline = time.monotonic() + _FINALIZE_TIMEOUT
    for thread in list(_LOOP_THREADS):
        if thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))


async def _anext(source: AsyncIterator[Any]) -> Any:
    try:
        return await source.__anext__()
    except StopAsyncIteration:
        # Returned, not raised: a coroutine must not leak StopAsyncIteration.
        return _EXHAUSTED


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
        self._finalizer.atexit = False  # _at_exit closes it, and waits

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
        stopping early (``break``, an exception, ``close()``, garbage collection)
        has the loop close the async iterator, which drops any slice it was
        prefetching; that close is queued, not waited for.
        """
        core = self._core
        if core.on_loop_thread():
            raise _loop_thread_error(f"{func.__name__}()")
        if core.closed:
            raise ClientClosedError(core.reason)
        return self._drain(func(core.client, *args, **kwargs))

    def _drain(self, source: AsyncIterator[T]) -> Generator[T, None, None]:
        core = self._core
        core.sources.add(source)
        exhausted = False
        try:
            while True:
                item = core.wait(core.submit(_anext, (source,), {}))
                if item is _EXHAUSTED:
                    exhausted = True
                    return
                yield item
        finally:
            # A garbage collection may run this in any thread, even in the middle of
            # another call's hand-over: the close is queued, never waited for.
            if exhausted:
                core.sources.discard(source)
            else:
                core.close_source_soon(source)

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
