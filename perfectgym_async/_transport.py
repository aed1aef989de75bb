"""The async transport: one aiohttp session, auth, redirects, retries, rate limits, logging.

Endpoint functions call :meth:`AsyncTransport.send` with a
:class:`~perfectgym_async._request.PreparedRequest`; everything that touches
the network happens here. Whether to retry is decided by the pure policy in
``_retry``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
import warnings
from typing import Any

import aiohttp
import anyio
from yarl import URL

from . import _constants
from ._ratelimit import EndpointRateLimiter, RateLimit
from ._request import PreparedRequest, RawResponse
from ._retry import Outcome, OutcomeKind, RetryClass, RetryPolicy, decide, parse_retry_after
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    UnsafeRedirectError,
    WrongEventLoopError,
    error_for_status,
)
from .types import Timeout

__all__ = ["AsyncTransport"]

logger = logging.getLogger(_constants.LOGGER_NAME)

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_UNSET: Any = object()


async def _sleep(seconds: float) -> None:
    # One indirection so tests can record backoff delays instead of waiting them out.
    await anyio.sleep(seconds)


class _Secret:
    """Holds the API key so that no repr, str or traceback local shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<redacted>"

    __str__ = __repr__


class _AttemptFailed(Exception):
    """One attempt ended without an HTTP response."""

    def __init__(self, outcome: Outcome, error: APIConnectionError) -> None:
        super().__init__(str(error))
        self.outcome = outcome
        self.error = error


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_base_url(base_url: str) -> URL:
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, got {type(base_url).__name__}")
    url = URL(base_url)
    if not url.is_absolute() or not url.host:
        raise ValueError(f"base_url must be an absolute URL, got {base_url!r}")
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


def _check_api_key(api_key: str) -> _Secret:
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, got {type(api_key).__name__}")
    if not api_key.strip():
        raise ValueError("api_key must not be empty")
    if any(ch in api_key for ch in "\r\n\x00"):
        raise ValueError("api_key contains a control character")
    return _Secret(api_key)


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
        base_url: str,
        api_key: str,
        *,
        timeout: Timeout | float | None = _UNSET,
        max_retries: int = _constants.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimit | None = _UNSET,
        language: str | None = None,
        session: aiohttp.ClientSession | None = None,
        connection_limit: int = _constants.DEFAULT_CONNECTION_LIMIT,
    ) -> None:
        self._base_url = _check_base_url(base_url)
        self._base_path = self._base_url.path.rstrip("/")
        self._api_key = _check_api_key(api_key)
        if timeout is _UNSET:
            timeout = Timeout(
                total=_constants.DEFAULT_TOTAL_TIMEOUT, connect=_constants.DEFAULT_CONNECT_TIMEOUT
            )
        elif timeout is None or isinstance(timeout, (int, float)):
            timeout = Timeout(total=timeout, connect=timeout)
        elif not isinstance(timeout, Timeout):
            raise TypeError(f"timeout must be a Timeout, a number or None, got {timeout!r}")
        self.timeout: Timeout = timeout
        self._timeouts: dict[Timeout, aiohttp.ClientTimeout] = {}
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
        if language is not None and (not isinstance(language, str) or not language.strip()):
            raise ValueError("language must be a non-empty str such as 'de' or 'en-GB'")
        self.language = language
        if session is not None and not isinstance(session, aiohttp.ClientSession):
            raise TypeError("session must be an aiohttp.ClientSession")
        self._session = session
        self._owns_session = session is None
        #: The loop the owned session was created in; a session is bound to its loop.
        self._session_loop: asyncio.AbstractEventLoop | None = None
        self._connection_limit = connection_limit
        self._closed = False
        # The key is added per request, never stored in plain text on the instance.
        self._base_headers = {
            "Accept": "application/json",
            "User-Agent": _constants.USER_AGENT,
        }
        if language is not None:
            self._base_headers["Accept-Language"] = language

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._limiter.limit if self._limiter is not None else None

    @property
    def is_closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} api_key=<redacted>>"

    async def __aenter__(self) -> Any:
        if self._closed:
            raise ClientClosedError("this client is closed; create a new one")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the session this client created (exactly once). Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        session, self._session = self._session, None
        if session is None or not self._owns_session or session.closed:
            return
        try:
            await session.close()
        except RuntimeError:
            # Its first loop is closed (WrongEventLoopError territory): the pooled
            # sockets went with it, so release the session without them.
            session.detach()

    def __del__(self, _warn: Any = warnings.warn) -> None:
        # Only warn: scheduling a close from a finaliser would race the loop's shutdown.
        session = getattr(self, "_session", None)
        if getattr(self, "_owns_session", False) and session is not None and not session.closed:
            _warn(
                f"unclosed {type(self).__name__}; use 'async with' or 'await client.aclose()'",
                ResourceWarning,
                source=self,
                stacklevel=2,
            )

    def _get_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise ClientClosedError("this client is closed; create a new one")
        loop = asyncio.get_running_loop()
        if self._session is None:
            self._session_loop = loop if self._owns_session else None
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connection_limit),
                # Redirects are followed by hand so the key never leaves the origin.
                auto_decompress=True,
            )
            # aiohttp silently resends an idempotent request once when a pooled
            # connection drops; that resend would bypass the rate limiter, the retry
            # budget and the log. There is no public switch, hence the guarded attribute.
            if hasattr(self._session, "_retry_connection"):
                self._session._retry_connection = False
        elif self._session_loop is not None and self._session_loop is not loop:
            # Its connections belong to the first loop (often a finished asyncio.run).
            raise WrongEventLoopError(
                f"this {type(self).__name__} was first used in another event loop and its "
                "connections belong to that loop; create the client inside the loop that "
                "uses it (or use perfectgym_async.Client from blocking code)"
            )
        return self._session

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

    async def send(
        self, request: PreparedRequest, *, timeout: Timeout | None = None
    ) -> RawResponse:
        """Send ``request`` with retries; return the 2xx response or raise a PerfectGymError."""
        session = self._get_session()
        client_timeout = self._client_timeout(timeout)
        limiter = self._limiter
        endpoint = request.endpoint if limiter is not None else ""
        attempt = 0
        while True:
            attempt += 1
            if limiter is not None:
                await limiter.acquire(endpoint)
            started = time.monotonic()
            try:
                status, headers, body = await self._attempt(session, request, client_timeout)
            except _AttemptFailed as failed:
                decision = decide(request.retry_class, failed.outcome, attempt, self.retry_policy)
                self._log(request, attempt, started, failed.outcome.kind.value)
                if not decision.retry:
                    raise failed.error from None
                await _sleep(decision.delay)
                continue
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
                redact=self._api_key.reveal(),
            )
            self._log(request, attempt, started, status, headers, error.trace_id)
            decision = decide(
                request.retry_class,
                Outcome.from_status(status, retry_after),
                attempt,
                self.retry_policy,
            )
            if status == 429 and limiter is not None:
                if not decision.wait_too_long:
                    # Hold the whole endpoint back, not just this call: the server's
                    # budget is per endpoint, so every concurrent caller would hit it too.
                    pause = retry_after if retry_after is not None else limiter.limit.window
                    limiter.pause(endpoint, pause)
                if not decision.retry:
                    raise error
                continue  # limiter.acquire waits out the pause
            if not decision.retry:
                raise error
            await _sleep(decision.delay)

    def _client_timeout(self, timeout: Timeout | None) -> aiohttp.ClientTimeout:
        # Built once per Timeout value: this runs for every request.
        if timeout is None:
            effective = self.timeout
        elif isinstance(timeout, Timeout):
            effective = timeout
        else:
            raise TypeError(f"timeout must be a Timeout, got {type(timeout).__name__}")
        cached = self._timeouts.get(effective)
        if cached is None:
            cached = aiohttp.ClientTimeout(total=effective.total, sock_connect=effective.connect)
            if len(self._timeouts) < 64:
                self._timeouts[effective] = cached
        return cached

    async def _attempt(
        self,
        session: aiohttp.ClientSession,
        request: PreparedRequest,
        client_timeout: aiohttp.ClientTimeout,
    ) -> tuple[int, Any, bytes]:
        headers = dict(self._base_headers)
        headers[_constants.API_KEY_HEADER] = self._api_key.reveal()
        if request.content_type is not None:
            headers["Content-Type"] = request.content_type
        method = request.method
        body = request.body
        url = self._base_url.with_path(self._base_path + request.path, encoded=True)
        if request.query:
            url = url.with_query(list(request.query))
        for _ in range(_constants.MAX_REDIRECTS + 1):
            try:
                async with session.request(
                    method,
                    url,
                    data=body,
                    headers=headers,
                    allow_redirects=False,
                    timeout=client_timeout,
                ) as response:
                    payload = await response.read()
                    status = response.status
                    location = (
                        response.headers.get("Location") if status in _REDIRECT_STATUSES else None
                    )
                    if not location:
                        return status, response.headers, payload
            except aiohttp.ClientError as exc:
                raise self._connection_failure(request, exc) from None
            except asyncio.TimeoutError:
                raise self._connection_failure(request, asyncio.TimeoutError()) from None
            target = url.join(URL(location))
            if _origin(target) != _origin(self._base_url):
                raise UnsafeRedirectError(
                    str(target.with_query(None)), method=request.method, path=request.path_template
                )
            if status == 303 or (status in (301, 302) and method == "POST"):
                method, body = "GET", None
                headers.pop("Content-Type", None)
            url = target
        raise APIConnectionError(
            f"{request.method} {request.path_template}: more than "
            f"{_constants.MAX_REDIRECTS} redirects",
            method=request.method,
            path=request.path_template,
            sent=True,
        )

    def _connection_failure(self, request: PreparedRequest, exc: BaseException) -> _AttemptFailed:
        where = f"{request.method} {request.path_template}"
        kind: OutcomeKind
        error: APIConnectionError
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            kind = OutcomeKind.CONNECT_TIMEOUT
            error = APITimeoutError(
                f"{where}: timed out connecting",
                method=request.method,
                path=request.path_template,
                sent=False,
            )
        elif isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
            kind = OutcomeKind.TIMEOUT
            error = APITimeoutError(
                f"{where}: timed out waiting for the response",
                method=request.method,
                path=request.path_template,
                sent=True,
            )
        elif isinstance(exc, aiohttp.ClientConnectorError):
            kind = OutcomeKind.CONNECT_FAILED
            error = APIConnectionError(
                f"{where}: cannot connect to {exc.host}:{exc.port} "
                f"({exc.os_error.strerror or exc})",
                method=request.method,
                path=request.path_template,
                sent=False,
            )
        else:
            kind = OutcomeKind.CONNECTION_LOST
            error = APIConnectionError(
                f"{where}: connection lost ({type(exc).__name__}: {exc})",
                method=request.method,
                path=request.path_template,
                sent=True,
            )
        return _AttemptFailed(Outcome(kind), error)

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
