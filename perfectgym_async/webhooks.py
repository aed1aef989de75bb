"""Webhook events: typed models, a checked parser, and a receiver that loses nothing.

The platform POSTs a :class:`WebhookEventRequest` to your endpoint with the key agreed at
set-up in the ``X-API-KEY`` header, and delivers again until it gets a 200, so the same
``uuid`` can arrive more than once, and events can arrive out of order.

* :func:`parse_event` checks the key (constant time, before the body is read), the body
  size and the JSON, and returns the typed event; use it in any web framework.
* :class:`Receiver` (or :func:`create_app` for aiohttp.web) records each event durably in
  an SQLite :class:`EventLog` before answering 200, ignores redeliveries of a known uuid,
  and calls your handler afterwards in a background worker, retrying failures with
  backoff. Events recorded but not processed when the process stopped are processed
  after the next start. Processing is at least once: a handler interrupted by a stop
  runs again for the same event after the restart, so make it idempotent (events are
  notifications: fetch the current state through the API and upsert it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import re
import traceback
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
from aiohttp import web

from . import _constants
from ._secret import Secret
from ._serde import loads
from ._webhook_log import (
    EventLog,
    EventLogError,
    EventLogInUseError,
    EventStatus,
    LoggedEvent,
)
from .errors import PerfectGymError
from .types import OpenEnum

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "MAX_JSON_DEPTH",
    "RECEIVER_KEY",
    "EventLog",
    "EventLogError",
    "EventLogInUseError",
    "EventStatus",
    "HandlerRetry",
    "HeadersLike",
    "LoggedEvent",
    "Outcome",
    "Receipt",
    "Receiver",
    "WebhookAuthenticationError",
    "WebhookError",
    "WebhookEvent",
    "WebhookEventRequest",
    "WebhookEventType",
    "WebhookHandler",
    "WebhookPayloadError",
    "WebhookPayloadTooLargeError",
    "create_app",
    "parse_event",
    "parse_payload",
]

logger = logging.getLogger(f"{_constants.LOGGER_NAME}.webhooks")

#: Largest request body accepted (1 MiB); events are small notifications.
DEFAULT_MAX_BODY_SIZE = 1024 * 1024
#: Deepest nesting of JSON objects and arrays accepted in a body.
MAX_JSON_DEPTH = 64

_INT64_MAX = 2**63 - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_HEADER = _constants.API_KEY_HEADER.lower()


# --------------------------------------------------------------------------- models


class WebhookEventType(OpenEnum):
    """A webhook event's type. The platform adds types over time: unknown ones are kept
    (``is_known`` is False) and compare equal to their string."""

    ADDITIONAL_INFORMATION_FIELDS_UPDATED = "ADDITIONAL_INFORMATION_FIELDS_UPDATED"
    AGGREGATOR_MEMBER_CREATED = "AGGREGATOR_MEMBER_CREATED"
    APPOINTMENT_BOOKING_CANCELLED = "APPOINTMENT_BOOKING_CANCELLED"
    APPOINTMENT_BOOKING_CREATED = "APPOINTMENT_BOOKING_CREATED"
    APPOINTMENT_BOOKING_UPDATED = "APPOINTMENT_BOOKING_UPDATED"
    AUTOMATIC_CUSTOMER_CHECKOUT = "AUTOMATIC_CUSTOMER_CHECKOUT"
    CLASS_BOOKING_CANCELLED = "CLASS_BOOKING_CANCELLED"
    CLASS_BOOKING_CREATED = "CLASS_BOOKING_CREATED"
    CLASS_BOOKING_UPDATED = "CLASS_BOOKING_UPDATED"
    CLASS_SLOT_CANCELLED = "CLASS_SLOT_CANCELLED"
    CLASS_SLOT_UPDATED = "CLASS_SLOT_UPDATED"
    CONTRACT_CANCELLED = "CONTRACT_CANCELLED"
    CONTRACT_CREATED = "CONTRACT_CREATED"
    CONTRACT_UPDATED = "CONTRACT_UPDATED"
    CUSTOMER_ACCESS_DISABLED = "CUSTOMER_ACCESS_DISABLED"
    CUSTOMER_CHECKIN = "CUSTOMER_CHECKIN"
    CUSTOMER_CHECKOUT = "CUSTOMER_CHECKOUT"
    CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED = "CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED"
    CUSTOMER_CREATED = "CUSTOMER_CREATED"
    CUSTOMER_DELETED = "CUSTOMER_DELETED"
    CUSTOMER_UPDATED = "CUSTOMER_UPDATED"
    DEVICE_CREATED = "DEVICE_CREATED"
    EMPLOYEE_CREATED = "EMPLOYEE_CREATED"
    EMPLOYEE_DELETED = "EMPLOYEE_DELETED"
    EMPLOYEE_UPDATED = "EMPLOYEE_UPDATED"
    FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED = "FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED"
    FINANCE_DEBT_COLLECTION_RUN_CREATED = "FINANCE_DEBT_COLLECTION_RUN_CREATED"
    TAX_ADVISOR_EXPORT_CREATED = "TAX_ADVISOR_EXPORT_CREATED"


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """One event of a request's ``payload``."""

    timestamp: datetime
    """When it happened: an aware UTC datetime, exact to the millisecond sent."""
    type: WebhookEventType
    content: dict[str, Any] = attrs.field(factory=dict)
    """Type-specific extra fields (e.g. ``contractId``), kept whole; numbers that are not
    integers are ``Decimal``."""


@attrs.frozen(kw_only=True)
class WebhookEventRequest:
    """What the platform POSTs: the entity an event is about, its uuid, and the events."""

    entity_id: int
    """The entity the event is about; what kind of id depends on the type (a customer id
    for ``CUSTOMER_UPDATED``, a studio id for ``AUTOMATIC_CUSTOMER_CHECKOUT``...)."""
    uuid: str
    """The event's unique id, in canonical lower-case form; a redelivery repeats it."""
    payload: list[WebhookEvent]
    """Today one event."""


# --------------------------------------------------------------------------- errors


class WebhookError(PerfectGymError):
    """Base class of the errors a received webhook request is refused with."""

    #: The HTTP status a receiver answers this error with.
    status: int = 400


class WebhookAuthenticationError(WebhookError):
    """The ``X-API-KEY`` header is missing or holds another key (answer 401)."""

    status = 401

    def __init__(self) -> None:
        super().__init__(f"missing or wrong {_constants.API_KEY_HEADER} header")


class WebhookPayloadError(WebhookError):
    """The body is not a valid ``WebhookEventRequest`` (answer 400)."""

    def __init__(self, detail: str, field_path: str = "") -> None:
        where = f" at {field_path}" if field_path else ""
        super().__init__(f"invalid webhook payload{where}: {detail}")
        self.detail = detail
        #: Where in the body, e.g. ``payload[0].timestamp``; empty for the whole body.
        self.field_path = field_path


class WebhookPayloadTooLargeError(WebhookPayloadError):
    """The body is larger than the receiver accepts (answer 413)."""

    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__(f"body larger than {limit} bytes")
        self.limit = limit


# --------------------------------------------------------------------------- the key


def _webhook_key(value: str) -> Secret:
    """The agreed key, checked and held masked like the API key (see ``_secret.Secret``)."""
    if not isinstance(value, str):
        raise TypeError(f"api_key must be a str, got {type(value).__name__}")
    if not value:
        raise ValueError("api_key must not be empty")
    return Secret(value)


#: Anything that maps header names to values: aiohttp's ``CIMultiDictProxy``, Starlette's
#: ``Headers``, Django's ``request.headers``, a plain dict (looked up case-insensitively),
#: or raw ``(name, value)`` pairs such as an ASGI scope's ``headers``.
HeadersLike = Mapping[Any, Any] | Iterable[tuple[Any, Any]]


def _header_values(headers: HeadersLike, name: str) -> list[Any]:
    """Every value of header ``name`` (lower case), found case-insensitively."""
    getall = getattr(headers, "getall", None)  # multidict (aiohttp)
    if callable(getall):
        return list(getall(name, ()))
    getlist = getattr(headers, "getlist", None)  # Starlette, Werkzeug
    if callable(getlist):
        return list(getlist(name))
    items = getattr(headers, "items", None)  # Django, dicts, email.message.Message
    pairs = items() if callable(items) else headers
    values = []
    for key, value in pairs:
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if isinstance(key, str) and key.lower() == name:
            values.append(value)
    return values


def _api_key_header(headers: HeadersLike) -> Any:
    """The one ``X-API-KEY`` value, or None when it is missing or sent more than once."""
    values = _header_values(headers, _HEADER)
    return values[0] if len(values) == 1 else None


def _content_length(headers: HeadersLike) -> int | None:
    values = _header_values(headers, "content-length")
    if len(values) != 1:
        return None
    value = values[0].decode("latin-1") if isinstance(values[0], bytes) else values[0]
    return int(value) if isinstance(value, str) and value.strip().isdigit() else None


# --------------------------------------------------------------------------- parsing


def _check_size_limit(max_body_size: int) -> None:
    if isinstance(max_body_size, bool) or not isinstance(max_body_size, int):
        raise TypeError(f"max_body_size must be an int, got {type(max_body_size).__name__}")
    if max_body_size <= 0:
        raise ValueError(f"max_body_size must be > 0, got {max_body_size}")


def _as_bytes(body: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8", "surrogatepass")
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise TypeError(f"body must be bytes or str, got {type(body).__name__}")


def parse_event(
    headers: HeadersLike,
    body: bytes | bytearray | memoryview | str,
    *,
    api_key: str,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> WebhookEventRequest:
    """Authenticate and parse one webhook request.

    ``headers`` is any mapping of the request's headers (see :data:`HeadersLike`);
    ``api_key`` the key agreed with the platform. The key is compared in constant time
    before the body is looked at.

    Raises :class:`WebhookAuthenticationError` (answer 401) when ``X-API-KEY`` is missing,
    repeated or wrong, :class:`WebhookPayloadTooLargeError` (413) for a body over
    ``max_body_size`` bytes and :class:`WebhookPayloadError` (400) for a body that is not
    a valid ``WebhookEventRequest``. Neither the key nor the headers are reachable from
    the error (its message, attributes or traceback frames).
    """
    key = _webhook_key(api_key)
    del api_key  # from here on only the masked key is in this frame
    _check_size_limit(max_body_size)
    authenticated = key.matches(_api_key_header(headers))
    del headers  # they hold the sender's key: keep them out of any later traceback
    if not authenticated:
        raise WebhookAuthenticationError()
    return parse_payload(body, max_body_size=max_body_size)


def parse_payload(
    body: bytes | bytearray | memoryview | str, *, max_body_size: int = DEFAULT_MAX_BODY_SIZE
) -> WebhookEventRequest:
    """Parse a body that is already authenticated (e.g. ``LoggedEvent.body`` from the log).

    No key check: for a request from the network use :func:`parse_event`.
    """
    _check_size_limit(max_body_size)
    data = _as_bytes(body)
    if len(data) > max_body_size:
        raise WebhookPayloadTooLargeError(max_body_size)
    try:
        document = loads(data)
    except RecursionError:
        raise WebhookPayloadError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:
        raise WebhookPayloadError(f"not valid JSON ({exc})") from None
    if _deeper_than(document, MAX_JSON_DEPTH):
        raise WebhookPayloadError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return _request_from(document)


def _deeper_than(document: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Iterable[Any] = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int):
        return "an integer"
    return "a number"


def _integer(value: Any, path: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WebhookPayloadError(f"expected an integer, got {_type_name(value)}", path)
    if not minimum <= value <= _INT64_MAX:
        raise WebhookPayloadError(f"{value} is outside {minimum}..{_INT64_MAX}", path)
    return value


def _request_from(document: Any) -> WebhookEventRequest:
    if not isinstance(document, dict):
        raise WebhookPayloadError(f"expected a JSON object, got {_type_name(document)}")
    for name in ("entityId", "uuid", "payload"):
        if name not in document:
            raise WebhookPayloadError("required field is missing", name)
    entity_id = _integer(document["entityId"], "entityId", minimum=0)
    uuid = document["uuid"]
    if not isinstance(uuid, str):
        raise WebhookPayloadError(f"expected a UUID string, got {_type_name(uuid)}", "uuid")
    if _UUID_RE.fullmatch(uuid) is None:
        raise WebhookPayloadError("not a UUID (8-4-4-4-12 hexadecimal digits)", "uuid")
    payload = document["payload"]
    if not isinstance(payload, list):
        raise WebhookPayloadError(f"expected an array, got {_type_name(payload)}", "payload")
    return WebhookEventRequest(
        entity_id=entity_id,
        uuid=uuid.lower(),
        payload=[_event_from(item, f"payload[{index}]") for index, item in enumerate(payload)],
    )


def _event_from(item: Any, path: str) -> WebhookEvent:
    if not isinstance(item, dict):
        raise WebhookPayloadError(f"expected an object, got {_type_name(item)}", path)
    for name in ("timestamp", "type"):
        if name not in item:
            raise WebhookPayloadError("required field is missing", f"{path}.{name}")
    milliseconds = _integer(item["timestamp"], f"{path}.timestamp", minimum=-_INT64_MAX - 1)
    try:
        timestamp = _EPOCH + timedelta(milliseconds=milliseconds)
    except OverflowError:
        raise WebhookPayloadError(
            f"{milliseconds} ms since the epoch is not a representable date",
            f"{path}.timestamp",
        ) from None
    event_type = item["type"]
    if not isinstance(event_type, str) or not event_type:
        raise WebhookPayloadError(
            f"expected a non-empty string, got {_type_name(event_type)}", f"{path}.type"
        )
    content = item.get("content")
    if content is None:
        content = {}
    elif not isinstance(content, dict):
        raise WebhookPayloadError(
            f"expected an object, got {_type_name(content)}", f"{path}.content"
        )
    return WebhookEvent(timestamp=timestamp, type=WebhookEventType(event_type), content=content)


# --------------------------------------------------------------------------- processing


@attrs.frozen
class Outcome:
    """What a handler made of an event; returning ``None`` means :meth:`applied`.

    Raising from the handler means "failed this time": the event is retried with backoff
    (see :class:`HandlerRetry`) and marked failed after the last attempt.
    """

    status: EventStatus = attrs.field(converter=EventStatus)
    detail: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.status is EventStatus.PENDING:
            raise ValueError("an Outcome is applied, recorded_only or failed, not pending")

    @classmethod
    def applied(cls, detail: str | None = None) -> Outcome:
        """The event was processed."""
        return cls(EventStatus.APPLIED, detail)

    @classmethod
    def recorded_only(cls, detail: str | None = None) -> Outcome:
        """Nothing to do for this event (e.g. a type this integration ignores)."""
        return cls(EventStatus.RECORDED_ONLY, detail)

    @classmethod
    def failed(cls, detail: str) -> Outcome:
        """The event cannot be applied; retrying will not help. Kept as ``error``."""
        return cls(EventStatus.FAILED, detail)


@attrs.frozen
class HandlerRetry:
    """How a handler that raises is retried: after ``first_delay`` seconds, doubling up to
    ``max_delay``, for at most ``max_attempts`` calls in all; then the event is failed.

    The defaults retry for about eight and a half minutes (1, 2, 4 ... 256 s). Other events
    are processed while one waits. ``Receiver.retry_failed()`` puts failed events back.
    """

    max_attempts: int = 10
    first_delay: float = 1.0
    max_delay: float = 300.0

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise TypeError("max_attempts must be an int")
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {self.max_attempts}")
        for name in ("first_delay", "max_delay"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{name} must be a number of seconds")
            if not (value > 0 and math.isfinite(value)):
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")

    def delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failed attempt."""
        return float(min(self.first_delay * 2 ** min(failures - 1, 62), self.max_delay))


#: The application's processing of one event: return ``None`` (applied) or an
#: :class:`Outcome`; raise to have it retried.
WebhookHandler = Callable[[WebhookEventRequest], Awaitable[Outcome | None]]


@attrs.frozen
class Receipt:
    """What to answer the platform: the status, a short reason, and the event's uuid."""

    status: int
    reason: str
    uuid: str | None = None
    #: True when the uuid was already in the log (answered 200, not processed again).
    duplicate: bool = False


#: Events fetched from the log per query of the worker.
_BATCH = 50
#: Longest sleep of an idle worker between looks at the log (covers clock changes).
_MAX_IDLE_WAIT = 60.0
#: Pause after the worker failed (the log: disk full...) before it tries again.
_LOG_ERROR_PAUSE = 5.0
#: Longest stored error text.
_MAX_ERROR_TEXT = 4000


def _error_text(exc: BaseException) -> str:
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return text[:_MAX_ERROR_TEXT]


async def _read_capped(body: AsyncIterable[bytes], limit: int) -> bytes:
    data = bytearray()
    async for chunk in body:
        data += chunk
        if len(data) > limit:
            raise WebhookPayloadTooLargeError(limit)
    return bytes(data)


class Receiver:
    """Records webhook events durably, answers, and processes them in the background.

    ``receive()`` answers 200 only once the event is committed to ``log`` (a path or an
    :class:`EventLog`), 200 without processing again for a known uuid, 401 for a missing
    or wrong key, 413/400 for an oversized/invalid body (nothing stored), 500 when the
    log cannot be written and 503 while not running (the platform delivers again). A
    worker task started by :meth:`start` calls ``handler`` for each pending event, one at a
    time in arrival order, and keeps the outcome in the log. A handler may also finish other
    pending events its work answered (:meth:`EventLog.settle`); those are not handed to it.
    Use it as ``async with Receiver(...) as receiver:`` (asyncio only); :func:`create_app`
    wires it into an aiohttp.web application.
    """

    def __init__(
        self,
        *,
        api_key: str,
        log: str | os.PathLike[str] | EventLog,
        handler: WebhookHandler,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        retry: HandlerRetry = HandlerRetry(),
    ) -> None:
        self._key = _webhook_key(api_key)
        del api_key
        _check_size_limit(max_body_size)
        if not callable(handler):
            raise TypeError("handler must be an async callable taking a WebhookEventRequest")
        if not isinstance(retry, HandlerRetry):
            raise TypeError("retry must be a HandlerRetry")
        self.log = log if isinstance(log, EventLog) else EventLog(log)
        self.max_body_size = max_body_size
        self.retry = retry
        self._handler = handler
        self._owns_log = False
        self._worker: asyncio.Task[None] | None = None
        self._current: asyncio.Future[Outcome | None] | None = None
        self._stopping = False
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        # Bumped for every newly recorded event: tells the worker it has news.
        self._generation = 0

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<Receiver {self.log!r} {state}>"

    @property
    def running(self) -> bool:
        return self._worker is not None and not self._stopping

    async def start(self) -> None:
        """Open the log (unless it is open already) and start the worker."""
        if self._worker is not None:
            raise RuntimeError("the receiver is already running")
        if not self.log.is_open:
            await self.log.open()
            self._owns_log = True
        self._stopping = False
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._worker = asyncio.create_task(self._run(), name="perfectgym_async webhook worker")

    async def stop(self) -> None:
        """Stop the worker and close the log if :meth:`start` opened it.

        A handler still running is cancelled; its event stays pending and is processed
        again after the next start.
        """
        worker = self._worker
        if worker is None:
            return
        self._stopping = True
        if self._current is not None:
            self._current.cancel()
        self._wake.set()
        try:
            await worker
        except Exception:
            logger.exception("the webhook worker ended with an error")
        finally:
            self._worker = None
            if self._owns_log:
                self._owns_log = False
                await self.log.close()

    async def __aenter__(self) -> Receiver:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def join(self) -> None:
        """Wait until every event that is due has been processed (later retries excepted)."""
        if not self.running:
            raise RuntimeError("the receiver is not running")
        await self._idle.wait()

    async def retry_failed(self, uuid: str | None = None) -> int:
        """Put failed events (one, or all) back to pending; returns how many."""
        count = await self.log.retry_failed(uuid)
        if count:
            self._notify()
        return count

    def _notify(self) -> None:
        self._generation += 1
        self._idle.clear()
        self._wake.set()

    async def receive(
        self,
        headers: HeadersLike,
        body: bytes | bytearray | memoryview | str | AsyncIterable[bytes],
    ) -> Receipt:
        """Take one request: authenticate, read at most ``max_body_size`` bytes, record.

        ``body`` may be the bytes or a stream of chunks (``request.content.iter_chunked(n)``
        in aiohttp, ``request.stream()`` in Starlette), which is only read once the key
        is right. Answer the platform with the receipt's ``status``.
        """
        authenticated = self._key.matches(_api_key_header(headers))
        declared_size = _content_length(headers)
        del headers  # they hold the sender's key
        if not authenticated:
            return Receipt(401, str(WebhookAuthenticationError()))
        if not self.running:
            return Receipt(503, "the webhook receiver is not running")
        try:
            if declared_size is not None and declared_size > self.max_body_size:
                raise WebhookPayloadTooLargeError(self.max_body_size)
            if isinstance(body, (bytes, bytearray, memoryview, str)):
                data = _as_bytes(body)
            else:
                data = await _read_capped(body, self.max_body_size)
            request = parse_payload(data, max_body_size=self.max_body_size)
        except WebhookPayloadError as exc:
            return Receipt(exc.status, str(exc))
        try:
            new = await self.log.record(
                uuid=request.uuid,
                entity_id=request.entity_id,
                event_types=[event.type.value for event in request.payload],
                body=data,
            )
        except EventLogError:
            logger.exception("webhook event %s could not be recorded", request.uuid)
            return Receipt(500, "the event could not be recorded", request.uuid)
        if new:
            self._notify()
            return Receipt(200, "recorded", request.uuid)
        logger.debug("webhook event %s delivered again; already recorded", request.uuid)
        return Receipt(200, "already recorded", request.uuid, duplicate=True)

    # ------------------------------------------------------------------ the worker

    async def _run(self) -> None:
        while not self._stopping:
            try:
                generation = self._generation
                settles = self.log.settles
                due = await self.log.due(datetime.now(timezone.utc), limit=_BATCH)
                for entry in due:
                    if self._stopping:
                        return
                    if self.log.settles != settles:
                        break  # a handler settled other events (EventLog.settle): read again
                    await self._process(entry)
                if due or self._stopping or generation != self._generation:
                    continue
                self._idle.set()
                next_due = await self.log.next_due()
                if self._stopping or generation != self._generation:
                    continue
                wait = _MAX_IDLE_WAIT
                if next_due is not None:
                    wait = (next_due - datetime.now(timezone.utc)).total_seconds()
                    wait = min(max(wait, 0.0), _MAX_IDLE_WAIT)
                self._wake.clear()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)
            except Exception:  # the log failed (disk full...): events stay pending, retry
                logger.exception(
                    "the webhook worker failed; trying again in %g s", _LOG_ERROR_PAUSE
                )
                if self._stopping:
                    return
                self._wake.clear()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), _LOG_ERROR_PAUSE)

    async def _call_handler(self, request: WebhookEventRequest) -> Outcome | None:
        return await self._handler(request)

    async def _process(self, entry: LoggedEvent) -> None:
        try:
            request = parse_payload(entry.body, max_body_size=max(len(entry.body), 1))
        except WebhookPayloadError as exc:
            await self.log.finish(
                entry.uuid, EventStatus.FAILED, error=f"stored body: {exc}", attempted=False
            )
            return
        task = asyncio.ensure_future(self._call_handler(request))
        self._current = task
        try:
            await asyncio.wait((task,))
        finally:
            self._current = None
            if not task.done():  # the worker itself was cancelled
                task.cancel()
        if task.cancelled():
            if self._stopping:
                return  # stays pending: processed again after the next start
            await self._failed(entry, "CancelledError: the handler was cancelled")
            return
        failure = task.exception()
        if failure is not None:
            await self._failed(entry, _error_text(failure))
            return
        outcome = task.result()
        if outcome is None:
            outcome = Outcome.applied()
        elif not isinstance(outcome, Outcome):
            outcome = Outcome.failed(
                f"the handler returned {type(outcome).__name__}; expected an Outcome or None"
            )
        error = (
            (outcome.detail or "failed by the handler")
            if outcome.status is EventStatus.FAILED
            else None
        )
        await self.log.finish(entry.uuid, outcome.status, detail=outcome.detail, error=error)
        logger.debug("webhook event %s: %s", entry.uuid, outcome.status)

    async def _failed(self, entry: LoggedEvent, error: str) -> None:
        failures = entry.attempts + 1
        if failures >= self.retry.max_attempts:
            await self.log.finish(entry.uuid, EventStatus.FAILED, error=error)
            logger.error(
                "webhook event %s failed after %d attempts: %s", entry.uuid, failures, error
            )
            return
        delay = self.retry.delay(failures)
        await self.log.reschedule(
            entry.uuid,
            error=error,
            retry_at=datetime.now(timezone.utc) + timedelta(seconds=delay),
        )
        logger.warning(
            "webhook event %s failed (attempt %d of %d), retrying in %g s: %s",
            entry.uuid,
            failures,
            self.retry.max_attempts,
            delay,
            error,
        )


# --------------------------------------------------------------------------- aiohttp.web

#: Where :func:`create_app` keeps its :class:`Receiver`: ``app[RECEIVER_KEY]``.
RECEIVER_KEY = web.AppKey("perfectgym_async_webhook_receiver", Receiver)

#: Bytes read from the socket at a time.
_CHUNK_SIZE = 64 * 1024


def create_app(
    *,
    api_key: str,
    log: str | os.PathLike[str] | EventLog,
    handler: WebhookHandler,
    path: str = "/webhook",
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    retry: HandlerRetry = HandlerRetry(),
) -> web.Application:
    """An aiohttp.web application receiving the platform's events on ``POST path``.

    It owns a :class:`Receiver` (``app[RECEIVER_KEY]``), started with the application and
    stopped on its cleanup; see :class:`Receiver` for the answers and the processing.
    Run it alone (``web.run_app(app)``) or mount it with ``parent.add_subapp``.
    """
    receiver = Receiver(
        api_key=api_key, log=log, handler=handler, max_body_size=max_body_size, retry=retry
    )
    del api_key

    async def webhook(request: web.Request) -> web.Response:
        receipt = await receiver.receive(request.headers, request.content.iter_chunked(_CHUNK_SIZE))
        return web.Response(status=receipt.status, text=receipt.reason)

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        await receiver.start()
        yield
        await receiver.stop()

    app = web.Application()
    app[RECEIVER_KEY] = receiver
    app.router.add_post(path, webhook)
    app.cleanup_ctx.append(lifecycle)
    return app
