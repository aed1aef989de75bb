"""The async transport: one aiohttp session, auth, redirects, retries, rate limits, logging.

Endpoint functions call :meth:`AsyncTransport.send` with a
:class:`~perfectgym_async._request.PreparedRequest`; everything that touches
the network happens here. Whether to retry is decided by the pure policy in
``_retry``.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import ipaddress
import logging
import os
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import anyio
import attrs
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from . import _constants
from ._ratelimit import EndpointRateLimiter, RateLimit
from ._request import PreparedRequest, RawResponse, check_timeout
from ._retry import (
    Outcome,
    OutcomeKind,
    RetryClass,
    RetryDecision,
    RetryPolicy,
    decide,
    parse_retry_after,
    pause_after_429,
)
from ._secret import Secret
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    PerfectGymError,
    UnsafeRedirectError,
    WrongEventLoopError,
    error_for_status,
)
from .types import Timeout

__all__ = ["AsyncTransport"]

logger = logging.getLogger(_constants.LOGGER_NAME)

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_UNSET: Any = object()
_T = TypeVar("_T", bound="AsyncTransport")


async def _sleep(seconds: float) -> None:
    # One indirection so tests can record backoff delays instead of waiting them out.
    await anyio.sleep(seconds)


@attrs.define
class _Failure:
    """One attempt ended without an HTTP response; built from plain text only.

    Returned, never raised, by ``_attempt``: an exception raised there would carry
    its frame (with the request's headers) and aiohttp's exception (with the
    request's headers) in its traceback and context.
    """

    outcome: Outcome
    error: PerfectGymError


class _Call:
    """Book-keeping of one call under a deadline: when it ends, and whether anything went out."""

    __slots__ = ("deadline", "ends_at", "in_flight", "sent")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.ends_at = time.monotonic() + deadline
        #: An attempt has been handed to aiohttp and has not finished.
        self.in_flight = False
        #: A finished attempt may have reached the server.
        self.sent = False

    def remaining(self) -> float:
        return self.ends_at - time.monotonic()


class _Pool:
    """The aiohttp session a client shares with its ``with_options`` copies.

    The session is created by whichever of them sends first and closed by the client
    the copies were made from (a copy's ``aclose`` only retires the copy).
    """

    __slots__ = ("closed", "connection_limit", "loop", "owns_session", "session", "trace_configs")

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        connection_limit: int,
        trace_configs: list[aiohttp.TraceConfig],
    ) -> None:
        self.session = session
        self.owns_session = session is None
        #: The loop the owned session was created in; a session is bound to its loop.
        self.loop: asyncio.AbstractEventLoop | None = None
        self.connection_limit = connection_limit
        self.trace_configs = trace_configs
        #: The client that created the pool was closed.
        self.closed = False


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _from_environment(base_url: str | None, api_key: str | None) -> tuple[str, str]:
    """The arguments, or the environment variables standing in for those left out."""
    if base_url is None:
        base_url = os.environ.get(_constants.BASE_URL_ENV) or None
    missing = []
    if base_url is None:
        missing.append(f"base_url (or ${_constants.BASE_URL_ENV})")
    # Checked without binding the variable's value: this frame may end up in a traceback.
    if api_key is None and not os.environ.get(_constants.API_KEY_ENV):
        missing.append(f"api_key (or ${_constants.API_KEY_ENV})")
    if missing:
        raise ValueError(
            f"no {' and no '.join(missing)} given: pass base_url and api_key, or set "
            f"{_constants.BASE_URL_ENV} and {_constants.API_KEY_ENV} in the environment"
        )
    assert base_url is not None
    if api_key is None:
        api_key = os.environ[_constants.API_KEY_ENV]
    return base_url, api_key


def _check_base_url(base_url: str) -> URL:
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, got {type(base_url).__name__}")
    try:
        url = URL(base_url)
    except ValueError:
        raise ValueError(f"base_url is not a URL: {base_url!r}") from None
    if not url.is_absolute() or not url.host:
        raise ValueError(f"base_url must be an absolute URL, got {base_url!r}")
    segments = [segment for segment in url.path.split("/") if segment]
    if segments and segments[-1].lower() == "v1":
        # Every operation's path starts with /v1 already: this would send /v1/v1/...
        trimmed = str(url.with_path("/" + "/".join(segments[:-1]))).rstrip("/")
        raise ValueError(
            f"base_url must not end in the API's version path /v1 (the SDK adds it to "
            f"every call); drop it: {trimmed!r} instead of {base_url!r}"
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(
            f"base_url must use https (plain http is only allowed for loopback hosts), "
            f"got {base_url!r}"
        )
    if url.scheme not in ("http", "https"):
        raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
    if url.query_string or url.fragment:
        raise ValueError("base_url must not carry a query string or fragment")
    return url


def _check_api_key(api_key: str) -> Secret:
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, got {type(api_key).__name__}")
    if not api_key.strip():
        raise ValueError("api_key must not be empty")
    if any(ch in api_key for ch in "\r\n\x00"):
        raise ValueError("api_key contains a control character")
    return Secret(api_key)


def _check_deadline(deadline: Any) -> float | None:
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, (int, float)):
        raise TypeError(f"deadline must be a number of seconds or None, got {deadline!r}")
    # NaN fails the comparison too.
    if not 0 < deadline <= _constants.LONGEST_DEADLINE:
        raise ValueError(
            f"deadline must be > 0 and at most {_constants.LONGEST_DEADLINE:g} seconds "
            f"(or None for no deadline), got {deadline!r}"
        )
    return float(deadline)


def _check_trace_configs(trace_configs: Any) -> list[aiohttp.TraceConfig]:
    if trace_configs is None:
        return []
    if isinstance(trace_configs, aiohttp.TraceConfig):
        raise TypeError("trace_configs must be a list of aiohttp.TraceConfig, not one")
    if not isinstance(trace_configs, Sequence) or isinstance(trace_configs, (str, bytes)):
        raise TypeError(
            f"trace_configs must be a list of aiohttp.TraceConfig, got "
            f"{type(trace_configs).__name__}"
        )
    configs = list(trace_configs)
    for config in configs:
        if not isinstance(config, aiohttp.TraceConfig):
            raise TypeError(
                f"trace_configs must hold aiohttp.TraceConfig objects, got {type(config).__name__}"
            )
    return configs


def _check_download_url(url: str) -> URL:
    if not isinstance(url, str) or not url:
        raise TypeError(f"url must be a non-empty str, got {type(url).__name__}")
    try:
        target = URL(url)
    except ValueError:
        raise ValueError(f"not a URL: {url!r}") from None
    if not target.is_absolute() or not target.host:
        raise ValueError(f"url must be absolute, got {url!r}")
    if target.scheme != "https" and not (target.scheme == "http" and _is_loopback(target.host)):
        raise ValueError(f"url must use https (http only on loopback), got {url!r}")
    return target


class _DestinationError(Exception):
    """The download's destination file could not be written."""


async def _stream_to_file(response: aiohttp.ClientResponse, destination: Path) -> int:
    """Write the body chunk by chunk beside ``destination``, then rename it into place."""
    partial = destination.with_name(destination.name + ".part")
    written = 0
    try:
        try:
            out = partial.open("wb")
        except OSError as exc:
            raise _DestinationError(f"cannot write {partial}: {exc.strerror or exc}") from None
        with out:
            async for chunk in response.content.iter_chunked(1 << 16):
                try:
                    await anyio.to_thread.run_sync(out.write, chunk)
                except OSError as exc:
                    raise _DestinationError(
                        f"cannot write {partial}: {exc.strerror or exc}"
                    ) from None
                written += len(chunk)
        partial.replace(destination)
    finally:
        if partial.exists():
            partial.unlink()
    return written


def _may_have_arrived(result: object) -> bool:
    """Whether a finished attempt may have reached the server (only a connect failure did not)."""
    if isinstance(result, _Failure):
        error = result.error
        return not (isinstance(error, APIConnectionError) and not error.sent)
    return True


def _origin(url: URL) -> tuple[str, str, int | None]:
    return (url.scheme, (url.host or "").lower(), url.explicit_port or url.port)


class AsyncTransport:
    """Owns the aiohttp session and sends prepared requests.

    Create it inside or outside a running loop; the session is created lazily
    on the first request, inside the loop that makes it. Close it with
    ``await client.aclose()`` or ``async with``.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: Timeout | float | None = _UNSET,
        deadline: float | None = None,
        max_retries: int = _constants.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimit | None = _UNSET,
        language: str | None = None,
        session: aiohttp.ClientSession | None = None,
        connection_limit: int = _constants.DEFAULT_CONNECTION_LIMIT,
        max_response_size: int = _constants.DEFAULT_MAX_RESPONSE_SIZE,
        trace_configs: Sequence[aiohttp.TraceConfig] | None = None,
    ) -> None:
        base_url, api_key = _from_environment(base_url, api_key)
        self._api_key = _check_api_key(api_key)
        # From here on no error raised by this constructor carries the key in this frame.
        del api_key
        self._base_url = _check_base_url(base_url)
        self._base_path = self._base_url.path.rstrip("/")
        if timeout is _UNSET:
            timeout = Timeout(
                total=_constants.DEFAULT_TOTAL_TIMEOUT, connect=_constants.DEFAULT_CONNECT_TIMEOUT
            )
        elif timeout is None:
            timeout = Timeout(total=None, connect=None)
        self.timeout: Timeout = self._as_timeout(timeout)
        self._timeouts: dict[Timeout | float, aiohttp.ClientTimeout] = {}
        #: Seconds the whole of each call may take, retries and waits included.
        self.deadline: float | None = _check_deadline(deadline)
        if retry_policy is None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int):
                raise TypeError("max_retries must be an int")
            retry_policy = RetryPolicy(max_retries=max_retries)
        self.retry_policy = retry_policy
        if rate_limit is _UNSET:
            rate_limit = RateLimit()
        if rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise TypeError("rate_limit must be a RateLimit or None")
        self._limiter = EndpointRateLimiter(rate_limit) if rate_limit is not None else None
        #: Endpoint -> when its last long limiter wait was logged at WARNING.
        self._limiter_warned: dict[str, float] = {}
        if language is not None and (not isinstance(language, str) or not language.strip()):
            raise ValueError("language must be a non-empty str such as 'de' or 'en-GB'")
        self.language = language
        if session is not None and not isinstance(session, aiohttp.ClientSession):
            raise TypeError("session must be an aiohttp.ClientSession")
        configs = _check_trace_configs(trace_configs)
        if configs and session is not None:
            raise ValueError(
                "trace_configs apply to the session the client creates; with your own "
                "session, pass them to aiohttp.ClientSession(trace_configs=...) instead"
            )
        if isinstance(max_response_size, bool) or not isinstance(max_response_size, int):
            raise TypeError("max_response_size must be an int (bytes)")
        if max_response_size < 1:
            raise ValueError("max_response_size must be >= 1")
        self._max_response_size = max_response_size
        self._pool = _Pool(session, connection_limit, configs)
        #: This instance was made by ``with_options``: it never closes the session.
        self._is_copy = False
        self._closed = False
        # The key is added per request, never stored in plain text on the instance.
        self._user_agent = _constants.user_agent()
        self._base_headers = {"Accept": "application/json", "User-Agent": self._user_agent}
        if language is not None:
            self._base_headers["Accept-Language"] = language

    @staticmethod
    def _as_timeout(timeout: Any) -> Timeout:
        checked = check_timeout(timeout)
        assert checked is not None
        return checked

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._limiter.limit if self._limiter is not None else None

    @property
    def is_closed(self) -> bool:
        return self._closed or self._pool.closed

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        return self._pool.session

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} api_key=<redacted>>"

    def with_options(
        self: _T,
        *,
        timeout: Timeout | float | None = _UNSET,
        deadline: float | None = _UNSET,
        max_retries: int = _UNSET,
        retry_policy: RetryPolicy = _UNSET,
    ) -> _T:
        """A copy of this client with other per-call defaults, sharing its session and limiter.

        Cheap (nothing is opened): ``client.with_options(deadline=5).customers...``.
        Options left out are kept; ``timeout=None`` and ``deadline=None`` mean no limit.
        The copy sends through this client's connections and counts against its
        per-endpoint rate limits. Closing the copy only retires the copy; the session
        stays open until this client (the one that created it) is closed, which also
        retires every copy.
        """
        if self.is_closed:
            raise ClientClosedError("this client is closed; create a new one")
        if retry_policy is not _UNSET and max_retries is not _UNSET:
            raise TypeError("pass max_retries or retry_policy, not both")
        if retry_policy is not _UNSET and not isinstance(retry_policy, RetryPolicy):
            raise TypeError("retry_policy must be a RetryPolicy")
        if max_retries is not _UNSET and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int)
        ):
            raise TypeError("max_retries must be an int")
        clone = copy.copy(self)
        # Namespaces cached on the original are bound to it: the copy makes its own.
        for klass in type(self).__mro__:
            for name, attribute in vars(klass).items():
                if isinstance(attribute, functools.cached_property):
                    clone.__dict__.pop(name, None)
        clone._is_copy = True
        clone._closed = False
        if timeout is not _UNSET:
            clone.timeout = self._as_timeout(
                Timeout(total=None, connect=None) if timeout is None else timeout
            )
            clone._timeouts = {}
        if deadline is not _UNSET:
            clone.deadline = _check_deadline(deadline)
        if retry_policy is not _UNSET:
            clone.retry_policy = retry_policy
        elif max_retries is not _UNSET:
            clone.retry_policy = attrs.evolve(self.retry_policy, max_retries=max_retries)
        return clone

    async def __aenter__(self) -> Any:
        if self.is_closed:
            raise ClientClosedError("this client is closed; create a new one")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the session this client created (exactly once). Safe to call twice.

        On a ``with_options`` copy this only retires the copy: the session belongs to
        the client it was made from.
        """
        if self._closed:
            return
        self._closed = True
        if self._is_copy:
            return
        pool = self._pool
        pool.closed = True
        session, pool.session = pool.session, None
        if session is None or not pool.owns_session or session.closed:
            return
        try:
            await session.close()
        except RuntimeError:
            # Its first loop is closed (WrongEventLoopError territory): the pooled
            # sockets went with it, so release the session without them.
            session.detach()

    def __del__(self, _warn: Any = warnings.warn) -> None:
        # Only warn: scheduling a close from a finaliser would race the loop's shutdown.
        if getattr(self, "_is_copy", True):
            return
        pool = getattr(self, "_pool", None)
        session = pool.session if pool is not None else None
        if pool is not None and pool.owns_session and session is not None and not session.closed:
            _warn(
                f"unclosed {type(self).__name__}; use 'async with' or 'await client.aclose()'",
                ResourceWarning,
                source=self,
                stacklevel=2,
            )

    def _get_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise ClientClosedError("this client is closed; create a new one")
        pool = self._pool
        if pool.closed:
            raise ClientClosedError(
                "the client this copy was made from (with_options) is closed; create a new one"
            )
        loop = asyncio.get_running_loop()
        if pool.session is None:
            pool.loop = loop if pool.owns_session else None
            pool.session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=pool.connection_limit),
                # Redirects are followed by hand so the key never leaves the origin.
                auto_decompress=True,
                # OpenTelemetry's aiohttp instrumentation and users' own hooks.
                trace_configs=pool.trace_configs or None,
            )
            # aiohttp silently resends an idempotent request once when a pooled
            # connection drops; that resend would bypass the rate limiter, the retry
            # budget and the log. There is no public switch, hence the guarded attribute.
            if hasattr(pool.session, "_retry_connection"):
                pool.session._retry_connection = False
        elif pool.loop is not None and pool.loop is not loop:
            # Its connections belong to the first loop (often a finished asyncio.run).
            raise WrongEventLoopError(
                f"this {type(self).__name__} was first used in another event loop and its "
                "connections belong to that loop; create the client inside the loop that "
                "uses it (or use perfectgym_async.Client from blocking code)"
            )
        return pool.session

    # ------------------------------------------------------------------ sending

    async def validate_api_key(self) -> bool:
        """The documented key check: a HEAD request. True on 200, False on 401."""
        request = PreparedRequest(
            operation_id="validateApiKey",
            method="HEAD",
            path_template="/v1/customers",
            path="/v1/customers",
            retry_class=RetryClass.SAFE,
        )
        try:
            await self.send(request)
        except APIStatusError as exc:
            if exc.status == 401:
                return False
            raise
        return True

    async def download(
        self,
        url: str,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> bytes:
        """Fetch a file the API linked to (a document's temporary ``url``) as bytes.

        The link is pre-signed and may live on another host, so the API key is never
        sent with it. Up to ``max_response_size`` bytes; retried like any safe call.
        """
        data = await self._download(url, None, timeout, deadline)
        assert isinstance(data, bytes)
        return data

    async def download_to(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> int:
        """Stream a linked file into ``destination``; returns the number of bytes.

        Written beside ``destination`` first and renamed into place when complete, so
        the file is never held in memory and never left half-written. No API key is sent.
        """
        if not isinstance(destination, (str, os.PathLike)):
            raise TypeError(f"destination must be a path, got {type(destination).__name__}")
        written = await self._download(url, destination, timeout, deadline)
        assert isinstance(written, int)
        return written

    async def _download(
        self,
        url: str,
        destination: str | os.PathLike[str] | None,
        timeout: Timeout | float | None,
        deadline: float | None,
    ) -> bytes | int:
        target = _check_download_url(url)
        session = self._get_session()
        client_timeout = self._client_timeout(timeout)
        seconds = self.deadline if deadline is None else _check_deadline(deadline)
        request = PreparedRequest(
            operation_id="download",
            method="GET",
            path_template=target.path,
            path=target.path,
            retry_class=RetryClass.SAFE,
        )
        if seconds is None:
            return await self._download_attempts(
                session, request, target, destination, client_timeout, None
            )
        call = _Call(seconds)
        with anyio.move_on_after(seconds):
            return await self._download_attempts(
                session, request, target, destination, client_timeout, call
            )
        # Outside every except block: nothing (aiohttp's state included) chains to it.
        raise self._deadline_error(request, call)

    async def _download_attempts(
        self,
        session: aiohttp.ClientSession,
        request: PreparedRequest,
        target: URL,
        destination: str | os.PathLike[str] | None,
        client_timeout: aiohttp.ClientTimeout,
        call: _Call | None,
    ) -> bytes | int:
        attempt = 0
        while True:
            attempt += 1
            if call is not None:
                call.in_flight = True
            result = await self._fetch(session, target, destination, client_timeout)
            if not isinstance(result, _Failure):
                return result
            if call is not None:
                call.in_flight = False
                call.sent = call.sent or _may_have_arrived(result)
            decision = decide(RetryClass.SAFE, result.outcome, attempt, self.retry_policy)
            if not decision.retry:
                raise result.error
            self._check_backoff(request, decision, call, result.error)
            await _sleep(decision.delay)

    async def _fetch(
        self,
        session: aiohttp.ClientSession,
        url: URL,
        destination: str | os.PathLike[str] | None,
        client_timeout: aiohttp.ClientTimeout,
    ) -> bytes | int | _Failure:
        request = PreparedRequest(
            operation_id="download",
            method="GET",
            path_template=url.path,
            path=url.path,
            retry_class=RetryClass.SAFE,
        )
        try:
            async with session.get(
                url, headers={"User-Agent": self._user_agent}, timeout=client_timeout
            ) as response:
                if response.status >= 400:
                    body = await response.content.read(64 * 1024)
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    error = error_for_status(
                        response.status,
                        body,
                        method="GET",
                        path=str(url.with_query(None)),
                        retry_after=retry_after,
                    )
                    return _Failure(Outcome.from_status(response.status, retry_after), error)
                if destination is None:
                    payload = await self._read(response)
                    if payload is None:
                        return _Failure(
                            Outcome(OutcomeKind.TOO_LARGE),
                            APIResponseValidationError(
                                "download",
                                "",
                                f"the file is larger than {self._max_response_size} bytes "
                                "(max_response_size); pass destination= to stream it to disk",
                            ),
                        )
                    return payload
                return await _stream_to_file(response, Path(destination))
        except _DestinationError as exc:
            # The file could not be written: repeating the download would not help.
            return _Failure(
                Outcome(OutcomeKind.TOO_LARGE),
                APIConnectionError(f"download: {exc}", method="GET", path=request.path, sent=True),
            )
        except Exception as exc:
            return self._connection_failure(request, exc)

    async def send(
        self,
        request: PreparedRequest,
        *,
        timeout: Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResponse:
        """Send ``request`` with retries; return the 2xx response or raise a PerfectGymError.

        ``timeout`` bounds each attempt; ``deadline`` (seconds, default the client's)
        bounds the whole call: rate-limit waits, every attempt and the backoff
        between them. Past it the call fails with ``APITimeoutError``, whose ``sent``
        says whether any attempt may have reached the server.

        Nothing the server sent reaches the caller unredacted: bodies, headers and
        error texts have every echo of the API key replaced first.
        """
        session = self._get_session()
        client_timeout = self._client_timeout(timeout)
        seconds = self.deadline if deadline is None else _check_deadline(deadline)
        if seconds is None:
            return await self._send(session, request, client_timeout, None)
        call = _Call(seconds)
        with anyio.move_on_after(seconds):
            return await self._send(session, request, client_timeout, call)
        # The deadline passed. Raised here, outside every except block, so that neither
        # the cancellation nor anything it interrupted (aiohttp's request state holds
        # the headers) becomes this error's __context__ or part of its traceback.
        raise self._deadline_error(request, call)

    async def _send(
        self,
        session: aiohttp.ClientSession,
        request: PreparedRequest,
        client_timeout: aiohttp.ClientTimeout,
        call: _Call | None,
    ) -> RawResponse:
        limiter = self._limiter
        endpoint = request.endpoint if limiter is not None else ""
        policy = self.retry_policy
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            if limiter is not None:
                if limiter.delay_for(endpoint) > 0:  # takes a unit when it returns 0
                    await self._wait_for_budget(limiter, endpoint, request, call)
                if call is not None:
                    call.in_flight = True
                try:
                    result = await self._attempt(session, request, client_timeout)
                finally:
                    # Stamped when the answer is in, the latest moment the server can
                    # have counted the request: the window never undercounts.
                    limiter.release(endpoint)
            else:
                if call is not None:
                    call.in_flight = True
                result = await self._attempt(session, request, client_timeout)
            if call is not None:
                call.in_flight = False
                call.sent = call.sent or _may_have_arrived(result)
            if isinstance(result, _Failure):
                self._log(request, attempt, started, result.outcome.kind.value)
                decision = decide(request.retry_class, result.outcome, attempt, policy)
                if not decision.retry:
                    raise result.error
                self._check_backoff(request, decision, call, result.error)
                await _sleep(decision.delay)
                continue
            status, headers, body = result
            if status < 400:
                self._log(request, attempt, started, status, headers)
                return RawResponse(status=status, headers=headers, body=body)
            retry_after = (
                parse_retry_after(headers.get("Retry-After")) if status in (429, 503) else None
            )
            error = error_for_status(
                status,
                body,
                method=request.method,
                path=request.path_template,
                retry_after=retry_after,
            )
            del body
            self._log(request, attempt, started, status, headers, error.trace_id)
            decision = decide(
                request.retry_class, Outcome.from_status(status, retry_after), attempt, policy
            )
            if status == 429 and limiter is not None:
                if not decision.wait_too_long:
                    # Hold the whole endpoint back, not just this call: the server's
                    # budget is per endpoint, so every concurrent caller would hit it too.
                    limiter.pause(endpoint, pause_after_429(retry_after, attempt, policy))
                if not decision.retry:
                    raise error
                continue  # the limiter waits out the pause (within the deadline)
            if not decision.retry:
                raise error
            self._check_backoff(request, decision, call, error)
            await _sleep(decision.delay)

    async def _wait_for_budget(
        self,
        limiter: EndpointRateLimiter,
        endpoint: str,
        request: PreparedRequest,
        call: _Call | None,
    ) -> None:
        """Wait until ``endpoint`` may send (and take its unit); log a long wait."""
        logged = False
        while (wait := limiter.delay_for(endpoint)) > 0:
            if call is not None and wait >= call.remaining():
                # The budget cannot free up before the deadline: fail now, not then.
                raise self._deadline_error(request, call, before="rate-limit budget frees up")
            if not logged and wait > _constants.LIMITER_LOG_THRESHOLD:
                logged = True
                self._log_limiter_wait(limiter, endpoint, wait)
            await anyio.sleep(wait)

    def _log_limiter_wait(self, limiter: EndpointRateLimiter, endpoint: str, wait: float) -> None:
        # WARNING at most once a minute per endpoint (it answers "why is this call
        # slow?"), INFO otherwise, so a bulk job working at its limit stays readable.
        now = time.monotonic()
        warned = self._limiter_warned.get(endpoint)
        level = logging.INFO
        if warned is None or now - warned >= _constants.LIMITER_WARNING_INTERVAL:
            level = logging.WARNING
            self._limiter_warned[endpoint] = now
        if not logger.isEnabledFor(level):
            return
        limit = limiter.limit
        logger.log(
            level,
            "%s: waiting %.1f s for this endpoint's rate-limit budget (%d requests per %g s, "
            "or a pause after a 429)",
            endpoint,
            wait,
            limit.requests,
            limit.window,
            extra={"endpoint": endpoint, "wait": wait},
        )

    def _check_backoff(
        self,
        request: PreparedRequest,
        decision: RetryDecision,
        call: _Call | None,
        error: PerfectGymError,
    ) -> None:
        if call is not None and decision.delay >= call.remaining():
            # The retry could not start before the deadline: fail now, with the
            # last failure as the cause (an SDK error built from redacted text).
            raise self._deadline_error(request, call, before="the next retry") from error

    def _deadline_error(
        self, request: PreparedRequest, call: _Call, *, before: str | None = None
    ) -> APITimeoutError:
        where = f"{request.method} {request.path_template}"
        sent = call.sent or call.in_flight
        if before is None:
            detail = f"no answer within the deadline of {call.deadline:g} s"
        else:
            detail = f"the deadline of {call.deadline:g} s passes before the {before}"
        attempts = "a request may have reached the server" if sent else "nothing was sent"
        return APITimeoutError(
            f"{where}: {detail} ({attempts})",
            method=request.method,
            path=request.path_template,
            sent=sent,
        )

    def _client_timeout(self, timeout: Timeout | float | None) -> aiohttp.ClientTimeout:
        # Built once per Timeout value: this runs for every request.
        if timeout is None:
            key: Timeout | float = self.timeout
        elif type(timeout) is Timeout or (
            isinstance(timeout, (int, float)) and not isinstance(timeout, bool)
        ):
            key = timeout
        else:
            key = self._as_timeout(timeout)  # raises TypeError for what is not a timeout
        cached = self._timeouts.get(key)
        if cached is None:
            effective = self._as_timeout(key)
            cached = aiohttp.ClientTimeout(total=effective.total, sock_connect=effective.connect)
            if len(self._timeouts) < 64:
                self._timeouts[key] = cached
        return cached

    def _headers(self, request: PreparedRequest, drop_content_type: bool) -> dict[str, str]:
        headers = dict(self._base_headers)
        headers[_constants.API_KEY_HEADER] = self._api_key.reveal()
        if request.content_type is not None and not drop_content_type:
            headers["Content-Type"] = request.content_type
        return headers

    async def _attempt(
        self,
        session: aiohttp.ClientSession,
        request: PreparedRequest,
        client_timeout: aiohttp.ClientTimeout,
    ) -> tuple[int, CIMultiDictProxy[str], bytes] | _Failure:
        """One attempt, following same-origin redirects: the redacted answer or a failure.

        Never raises for anything the network or the server does (only cancellation
        passes through), so neither this frame nor aiohttp's exceptions, which both
        hold the request headers, end up in a raised error's traceback or context.
        """
        method = request.method
        body = request.body
        drop_content_type = False
        url = self._base_url.with_path(self._base_path + request.path, encoded=True)
        if request.query:
            url = url.with_query(list(request.query))
        for _ in range(_constants.MAX_REDIRECTS + 1):
            try:
                answer = await self._exchange(
                    session, method, url, body, request, drop_content_type, client_timeout
                )
            except Exception as exc:  # anything aiohttp or the network throws
                return self._connection_failure(request, exc)
            if isinstance(answer, _Failure):
                return answer
            status, headers, payload, location = answer
            if location is None:
                return status, headers, payload
            try:
                target = url.join(URL(location))
                same_origin = _origin(target) == _origin(self._base_url)
            except (ValueError, TypeError):
                same_origin, target = False, None
            if not same_origin or target is None:
                shown = self._api_key.redact_text(
                    str(target.with_query(None)) if target is not None else location
                )
                return _Failure(
                    Outcome.from_status(status),
                    UnsafeRedirectError(shown, method=request.method, path=request.path_template),
                )
            if status == 303 or (status in (301, 302) and method == "POST"):
                method, body, drop_content_type = "GET", None, True
            url = target
        return _Failure(
            Outcome.from_status(status),
            APIConnectionError(
                f"{request.method} {request.path_template}: more than "
                f"{_constants.MAX_REDIRECTS} redirects",
                method=request.method,
                path=request.path_template,
                sent=True,
            ),
        )

    async def _exchange(
        self,
        session: aiohttp.ClientSession,
        method: str,
        url: URL,
        body: bytes | None,
        request: PreparedRequest,
        drop_content_type: bool,
        client_timeout: aiohttp.ClientTimeout,
    ) -> tuple[int, CIMultiDictProxy[str], bytes, str | None] | _Failure:
        # The headers (key included) are built inline, never bound in this frame.
        async with session.request(
            method,
            url,
            data=body,
            headers=self._headers(request, drop_content_type),
            allow_redirects=False,
            timeout=client_timeout,
        ) as response:
            status = response.status
            payload = await self._read(response)
            if payload is None:
                return _Failure(
                    Outcome(OutcomeKind.TOO_LARGE),
                    APIResponseValidationError(
                        request.operation_id,
                        "",
                        f"the response body is larger than {self._max_response_size} bytes "
                        "(max_response_size)",
                    ),
                )
            secret = self._api_key
            answer_headers = self._redacted_headers(response.headers)
            location = answer_headers.get("Location") if status in _REDIRECT_STATUSES else None
            return status, answer_headers, secret.redact_bytes(payload), location or None

    async def _read(self, response: aiohttp.ClientResponse) -> bytes | None:
        """The whole body, or None when it is (or grows) past ``max_response_size``."""
        limit = self._max_response_size
        headers = response.headers
        declared = headers.get("Content-Length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    return None  # refused before reading a byte
            except ValueError:
                declared = None  # not a length: count while reading
        if declared is not None and headers.get("Content-Encoding") is None:
            # Known, checked size and nothing to inflate: one read.
            return await response.read()
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(1 << 16):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def _redacted_headers(self, headers: CIMultiDictProxy[str]) -> CIMultiDictProxy[str]:
        secret = self._api_key
        # One cheap scan per response; a copy only when a header echoes the key.
        if not secret.echoed_in(headers.values()):
            return headers
        redacted: CIMultiDict[str] = CIMultiDict()
        for name, value in headers.items():
            redacted.add(name, secret.redact_text(value))
        return CIMultiDictProxy(redacted)

    def _connection_failure(self, request: PreparedRequest, exc: BaseException) -> _Failure:
        where = f"{request.method} {request.path_template}"
        method, path = request.method, request.path_template
        if self.is_closed:
            return _Failure(
                Outcome(OutcomeKind.CLOSED),
                ClientClosedError(f"{where}: the client was closed while the call was in flight"),
            )
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            return _Failure(
                Outcome(OutcomeKind.CONNECT_TIMEOUT),
                APITimeoutError(
                    f"{where}: timed out connecting", method=method, path=path, sent=False
                ),
            )
        if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
            return _Failure(
                Outcome(OutcomeKind.TIMEOUT),
                APITimeoutError(
                    f"{where}: timed out waiting for the response",
                    method=method,
                    path=path,
                    sent=True,
                ),
            )
        if isinstance(exc, aiohttp.ClientConnectorError):
            reason = self._api_key.redact_text(str(exc.os_error.strerror or exc))
            return _Failure(
                Outcome(OutcomeKind.CONNECT_FAILED),
                APIConnectionError(
                    f"{where}: cannot connect to {exc.host}:{exc.port} ({reason})",
                    method=method,
                    path=path,
                    sent=False,
                ),
            )
        # Only the exception's type and redacted text survive: aiohttp's exceptions
        # (ClientResponseError.request_info) hold the request headers, key included.
        reason = self._api_key.redact_text(f"{type(exc).__name__}: {exc}")
        return _Failure(
            Outcome(OutcomeKind.CONNECTION_LOST),
            APIConnectionError(
                f"{where}: connection lost ({reason})", method=method, path=path, sent=True
            ),
        )

    def _log(
        self,
        request: PreparedRequest,
        attempt: int,
        started: float,
        status: int | str,
        headers: Any = None,
        trace_id: str | None = None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        if trace_id is None and headers is not None:
            # Header lookups only when someone listens: this runs for every response.
            trace_id = headers.get("X-Datadog-Trace-Id") or headers.get("X-Trace-Id")
        elapsed = time.monotonic() - started
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms, traceId %s)",
            request.method,
            request.path_template,
            status,
            attempt,
            elapsed * 1000,
            trace_id or "-",
            extra={
                "method": request.method,
                "path_template": request.path_template,
                "status": status,
                "attempt": attempt,
                "elapsed": elapsed,
                "trace_id": trace_id,
            },
        )
