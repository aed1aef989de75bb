"""Exception hierarchy: one class per failure a caller may want to handle.

Every exception raised for a request derives from :class:`PerfectGymError`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "LoopThreadCallError",
    "NotFoundError",
    "PaginationError",
    "PerfectGymError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServiceUnavailableError",
    "UnsafeRedirectError",
    "WrongEventLoopError",
    "error_for_status",
]


class PerfectGymError(Exception):
    """Base class of everything this SDK raises for a request."""


class ClientClosedError(PerfectGymError, RuntimeError):
    """The client was used after ``aclose()``/``close()``."""


class LoopThreadCallError(PerfectGymError, RuntimeError):
    """A blocking ``Client`` method was called on that client's own event-loop thread.

    Waiting there for the loop to run the call would deadlock. Code that runs on
    an event loop should use :class:`~perfectgym_async.AsyncClient` and ``await``.
    """


class WrongEventLoopError(PerfectGymError, RuntimeError):
    """An ``AsyncClient`` was used in a second event loop; its connections belong to the first."""


class APIConnectionError(PerfectGymError):
    """The request did not produce an HTTP response (DNS, refused, reset...)."""

    def __init__(self, message: str, *, method: str, path: str, sent: bool) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        #: False when the failure happened before the request left this process,
        #: so the server cannot have acted on it.
        self.sent = sent


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class UnsafeRedirectError(PerfectGymError):
    """The server redirected to another origin; the API key is never sent there."""

    def __init__(self, location: str, *, method: str, path: str) -> None:
        super().__init__(
            f"{method} {path} redirected to another origin ({location}); "
            "not followed, so the API key stays with the configured host"
        )
        self.location = location


class APIResponseValidationError(PerfectGymError):
    """A 2xx response whose body is not valid JSON or does not match the model."""

    def __init__(self, operation: str, field_path: str, detail: str) -> None:
        where = f" at {field_path}" if field_path else ""
        super().__init__(f"{operation}: unexpected response body{where}: {detail}")
        self.operation = operation
        self.field_path = field_path
        self.detail = detail


class PaginationError(PerfectGymError):
    """A sliced list did not advance (the server repeated an offset)."""


class APIStatusError(PerfectGymError):
    """The server answered with a 4xx or 5xx status.

    The documented error body (``errorMessage``, ``errorCode``, ``traceId``,
    ``reference``) is parsed when present; ``body`` keeps the raw text.
    """

    def __init__(
        self,
        *,
        status: int,
        method: str,
        path: str,
        body: str,
        error_message: str | None = None,
        error_code: str | None = None,
        trace_id: str | None = None,
        reference: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.method = method
        self.path = path
        self.body = body
        self.error_message = error_message
        self.error_code = error_code
        self.trace_id = trace_id
        self.reference = reference
        #: Seconds the server asked us to wait (429/503), when it said.
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = [f"{self.method} {self.path} failed with HTTP {self.status}"]
        if self.error_code:
            parts.append(f"[{self.error_code}]")
        if self.error_message:
            parts.append(f": {self.error_message}")
        elif self.body:
            snippet = self.body[:200] + ("..." if len(self.body) > 200 else "")
            parts.append(f": {snippet}")
        if self.reference:
            parts.append(f" (field: {self.reference})")
        if self.retry_after is not None:
            parts.append(f" (retry after {self.retry_after:g}s)")
        if self.trace_id:
            parts.append(f" (traceId {self.trace_id})")
        return "".join(parts)


class BadRequestError(APIStatusError):
    """400: the request failed validation; ``reference`` names the field."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong API key."""


class PermissionDeniedError(APIStatusError):
    """403: the key lacks the scope for this resource."""


class NotFoundError(APIStatusError):
    """404: the entity does not exist."""


class ConflictError(APIStatusError):
    """409: a concurrent modification or a duplicate (e.g. a double booking)."""


class RateLimitError(APIStatusError):
    """429: the endpoint's request budget is used up."""


class ServiceUnavailableError(APIStatusError):
    """503: the platform is shedding load."""


class InternalServerError(APIStatusError):
    """Any other 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def _text_field(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    return value if isinstance(value, str) and value else None


def error_for_status(
    status: int,
    body: bytes,
    *,
    method: str,
    path: str,
    retry_after: float | None = None,
) -> APIStatusError:
    """Build the typed exception for an error response.

    ``body`` must already be redacted (the transport replaces every echo of the
    API key before anything else sees an answer).
    """
    text = body.decode("utf-8", errors="replace")
    fields: Mapping[str, Any] = {}
    try:
        parsed = json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):
        # Not the documented error body (or absurdly nested): keep the raw text only.
        parsed = None
    if isinstance(parsed, dict):
        fields = parsed
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(
        status=status,
        method=method,
        path=path,
        body=text,
        error_message=_text_field(fields, "errorMessage"),
        error_code=_text_field(fields, "errorCode"),
        trace_id=_text_field(fields, "traceId"),
        reference=_text_field(fields, "reference"),
        retry_after=retry_after,
    )
