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
import os
import time
import warnings
from pathlib import Path
from typing import Any

import aiohttp
import anyio
import attrs
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from . import _constants
from ._ratelimit import EndpointRateLimiter, RateLimit
from ._request import PreparedRequest, RawResponse
from ._retry import (
    Outcome,
    OutcomeKind,
    RetryClass,
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


def _check_api_key(api_key: str) -> Secret:
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, got {type(api_key).__name__}")
    if not api_key.strip():
        raise ValueError("api_key must not be empty")
    if any(ch in api_key for ch in "\r\n\x00"):
        raise ValueError("api_key contains a control character")
    return Secret(api_key)


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
        max_response_size: int = _constants.DEFAULT_MAX_RESPONSE_SIZE,
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
        if isinstance(max_response_size, bool) or not isinstance(max_response_size, int):
            raise TypeError("max_response_size must be an int (bytes)")
        if max_response_size < 1:
            raise ValueError("max_response_size must be >= 1")
        self._max_response_size = max_response_size
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

    async def download(self, url: str, *, timeout: Timeout | None = None) -> bytes:
        """Fetch a file the API linked to (a document's temporary ``url``) as bytes.

        The link is pre-signed and may live on another host, so the API key is never
        sent with it. Up to ``max_response_size`` bytes; retried like any safe call.
        """
        data = await self._download(url, None, timeout)
        assert isinstance(data, bytes)
        return data

    async def download_to(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        timeout: Timeout | None = None,
    ) -> int:
        """Stream a linked file into ``destination``; returns the number of bytes.

        Written beside ``destination`` first and renamed into place when complete, so
        the file is never held in memory and never left half-written. No API key is sent.
        """
        if not isinstance(destination, (str, os.PathLike)):
            raise TypeError(f"destination must be a path, got {type(destination).__name__}")
        written = await self._download(url, destination, timeout)
        assert isinstance(written, int)
        return written

    async def _download(
        self,
        url: str,
        destination: str | os.PathLike[str] | None,
        timeout: Timeout | None,
    ) -> bytes | int:
        target = _check_download_url(url)
        session = self._get_session()
        client_timeout = self._client_timeout(timeout)
        attempt = 0
        while True:
            attempt += 1
            result = await self._fetch(session, target, destination, client_timeout)
            if not isinstance(result, _Failure):
                return result
            decision = decide(RetryClass.SAFE, result.outcome, attempt, self.retry_policy)
            if not decision.retry:
                raise result.error
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
                url, headers={"User-Agent": _constants.USER_AGENT}, timeout=client_timeout
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
                    if self._too_large(response.headers.get("Content-Length")):
                        payload = None
                    else:
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
        self, request: PreparedRequest, *, timeout: Timeout | None = None
    ) -> RawResponse:
        """Send ``request`` with retries; return the 2xx response or raise a PerfectGymError.

        Nothing the server sent reaches the caller unredacted: bodies, headers and
        error texts have every echo of the API key replaced first.
        """
        session = self._get_session()
        client_timeout = self._client_timeout(timeout)
        limiter = self._limiter
        endpoint = request.endpoint if limiter is not None else ""
        policy = self.retry_policy
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            if limiter is not None:
                await limiter.acquire(endpoint)
                try:
                    result = await self._attempt(session, request, client_timeout)
                finally:
                    # Stamped when the answer is in, the latest moment the server can
                    # have counted the request: the window never undercounts.
                    limiter.release(endpoint)
            else:
                result = await self._attempt(session, request, client_timeout)
            if isinstance(result, _Failure):
                self._log(request, attempt, started, result.outcome.kind.value)
                decision = decide(request.retry_class, result.outcome, attempt, policy)
                if not decision.retry:
                    raise result.error
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
            oversized = self._too_large(response.headers.get("Content-Length"))
            payload = b"" if oversized else await self._read(response)
            if oversized or payload is None:
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

    def _too_large(self, content_length: str | None) -> bool:
        if content_length is None:
            return False
        try:
            return int(content_length) > self._max_response_size
        except ValueError:
            return False

    async def _read(self, response: aiohttp.ClientResponse) -> bytes | None:
        """The whole body, or None once it grows past ``max_response_size``."""
        limit = self._max_response_size
        if (
            response.headers.get("Content-Length") is not None
            and response.headers.get("Content-Encoding") is None
        ):
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
        redacted: CIMultiDict[str] | None = None
        for name, value in headers.items():
            cleaned = secret.redact_text(value) if "\\" in value or len(value) >= 4 else value
            if cleaned is not value and cleaned != value:
                if redacted is None:
                    redacted = CIMultiDict(headers)
                redacted.popall(name, None)
        if redacted is None:
            return headers
        for name, value in headers.items():
            redacted.add(name, secret.redact_text(value))
        return CIMultiDictProxy(redacted)

    def _connection_failure(self, request: PreparedRequest, exc: BaseException) -> _Failure:
        where = f"{request.method} {request.path_template}"
        method, path = request.method, request.path_template
        if self._closed:
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
