"""``FakeTenant``: an in-memory PerfectGym tenant served over real HTTP on 127.0.0.1.

Every operation of the spec is served: the hand-written ones of
:mod:`._handlers` (the customers, accounts, leads and appointments the export
works on) and all others through the spec engine (:mod:`._engine`, with the
stateful flows of :mod:`._flows`). One middleware does what the platform does
before any business logic (the HEAD key check, authentication, the per-endpoint
rate limit), injects the configured faults, and records every request it received.
"""

from __future__ import annotations

import asyncio
import hmac
import random
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from types import TracebackType
from typing import Any

import attrs
from aiohttp import web
from multidict import CIMultiDict

from .._constants import API_KEY_HEADER
from ._changes import CustomerChanges
from ._data import TIMEZONE, TenantData, TenantError
from ._engine import SpecEngine
from ._faults import Fault, FaultInjector, Faults
from ._flows import FILE_PATH, Flows, catalogue
from ._generate import generate_tenant
from ._handlers import IMAGE_PATH, TenantApi, json_response
from ._spec import load_spec
from ._state import TenantState
from ._studio_flows import StudioFlows, trial_offers
from ._studio_state import StudioState
from ._webhook_sender import WebhookFaults, WebhookSender, WebhookTarget

__all__ = ["FakeTenant", "RecordedRequest"]

#: Download links (no API key, no rate limit), not API operations.
_DOWNLOAD_PATHS = frozenset({IMAGE_PATH, FILE_PATH})


def _specificity(route: tuple[str, str, Any]) -> tuple[tuple[bool, ...], str]:
    # Literal segments before parameters, so /v1/customers/by is never read as
    # /v1/customers/{customerId}; routes of one path stay next to each other.
    template = route[1]
    return tuple(part.startswith("{") for part in template.split("/")), template


@attrs.define
class RecordedRequest:
    """One request as the tenant received it (the API key header left out)."""

    method: str
    path: str
    #: The documented path, e.g. ``/v1/customers/{customerId}``; the raw path
    #: when no operation matched.
    path_template: str
    #: Path parameters by their documented names, e.g. ``{"customerId": "42"}``.
    params: dict[str, str]
    query: tuple[tuple[str, str], ...]
    body: bytes
    headers: CIMultiDict[str]
    #: The status sent; None when the connection was dropped without a response.
    status: int | None = None
    #: "429", "503", "drop" or "truncate" when a fault answered this request.
    fault: str | None = None


class FakeTenant:
    """A deterministic, stateful fake of the PerfectGym Next Open API.

    ::

        async with FakeTenant(customers=500, seed=7) as tenant:
            async with AsyncClient(tenant.base_url, tenant.api_key) as client:
                ...
            assert tenant.count("POST", "/v1/customers/{customerId}/account/payment") == 1

    The data (``tenant.data``) is generated from ``seed`` relative to
    ``today`` (the tenant's clock, default: now in Europe/Berlin);
    ``tenant.state`` holds what the self-service flows changed (contract
    cancelations, idle periods, additional modules, benefit uses, documents);
    ``tenant.studio`` the classes, class bookings, trial offers, check-in
    vouchers and partner studios (cross-studio customers and check-ins).
    ``faults`` may be replaced at any time; the new configuration starts with
    fresh rate-limit windows.
    """

    def __init__(
        self,
        *,
        customers: int = 100,
        seed: int = 0,
        appointments: int = 25,
        faults: Faults | None = None,
        api_key: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], datetime] | None = None,
        webhooks: WebhookTarget | None = None,
    ) -> None:
        self.seed = seed
        self._clock = clock or (lambda: datetime.now(TIMEZONE))
        today: date = self._clock().astimezone(TIMEZONE).date()
        self.data: TenantData = generate_tenant(
            seed=seed, customers=customers, appointments=appointments, today=today
        )
        self.api_key = api_key or f"fake-{seed}-{random.Random(seed).getrandbits(96):024x}"
        self.requests: list[RecordedRequest] = []
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None
        self._faults = faults or Faults()
        self._injector = FaultInjector(self._faults, seed)
        self._api = TenantApi(self.data, self._clock, lambda: self.base_url, self._changed)
        spec = load_spec()
        reasons, modules = catalogue(spec)
        self.state = TenantState(
            self.data,
            lambda: self._clock().astimezone(TIMEZONE).date(),
            cancelation_reasons=reasons,
            modules=modules,
        )
        self.state.changed = self._changed
        #: Create, update and delete customers (each change sends its webhook).
        self.changes = CustomerChanges(self.data, self._clock, self._changed)
        #: The webhook sender, once the tenant has a target (:meth:`send_webhooks_to`).
        self.webhooks: WebhookSender | None = None
        if webhooks is not None:
            self.webhooks = WebhookSender(webhooks, seed=seed)
        flows = Flows(self.state, self._clock, self._api.image_url)
        #: Classes and their bookings, trial offers, check-in vouchers, partner studios.
        self.studio = StudioState(
            self.data, self.state, self._clock, trial_offers(spec), changed=self._changed
        )
        studio_flows = StudioFlows(self.studio, self._clock, self._api.image_url)
        self._engine = SpecEngine(
            spec,
            self.data,
            self.state,
            {**self.changes.handlers(), **flows.handlers(), **studio_flows.handlers()},
            lambda: self.base_url,
            self._clock,
        )
        hand_written = {(m, t) for m, t, _ in self._api.routes()}
        self._routes = sorted(
            [*self._api.routes(), *self._engine.routes(hand_written)], key=_specificity
        )
        #: Operations that change state: faults on them honour ``Faults.state_change``.
        self._state_changing = {
            (op.method, op.template) for op in spec.operations if op.retry == "unsafe"
        }
        self._trace_ids = 0

    # ------------------------------------------------------------------ config

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self._faults = faults
        self._injector = FaultInjector(faults, self.seed)

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("the tenant is not running; use 'async with FakeTenant(...)'")
        return self._base_url

    @property
    def operations(self) -> list[tuple[str, str]]:
        """(method, path template) of every API operation the tenant serves."""
        return [(m, t) for m, t, _ in self._routes if t not in _DOWNLOAD_PATHS]

    # ------------------------------------------------------------------ webhooks

    def send_webhooks_to(
        self, url: str, api_key: str, *, faults: WebhookFaults | None = None, **options: Any
    ) -> WebhookSender:
        """Send a webhook for every later change of the tenant's state to ``url``.

        ``options`` are the other :class:`WebhookTarget` fields (``concurrency``,
        ``first_retry``...). Call it before the tenant starts, or on its running loop.
        """
        if self.webhooks is not None:
            raise RuntimeError(f"the tenant sends webhooks already ({self.webhooks.target.url})")
        target = WebhookTarget(url, api_key, faults=faults or WebhookFaults(), **options)
        self.webhooks = WebhookSender(target, seed=self.seed)
        if self._runner is not None:
            self.webhooks.start()
        return self.webhooks

    def _changed(self, event_type: str, entity_id: int, content: Mapping[str, Any]) -> None:
        """The change hook: the state changed; the platform would send this event."""
        if self.webhooks is not None:
            self.webhooks.send(event_type, entity_id, content)

    # ------------------------------------------------------------------ recording

    def find(
        self, method: str, path_template: str, *, status: int | None = None, **params: str | int
    ) -> list[RecordedRequest]:
        """Recorded requests to one operation, optionally with a status and path parameters."""
        wanted = {name: str(value) for name, value in params.items()}
        return [
            r
            for r in self.requests
            if r.method == method.upper()
            and r.path_template == path_template
            and (status is None or r.status == status)
            and all(r.params.get(name) == value for name, value in wanted.items())
        ]

    def count(
        self, method: str, path_template: str, *, status: int | None = None, **params: str | int
    ) -> int:
        """How many requests to one operation arrived (see :meth:`find`)."""
        return len(self.find(method, path_template, status=status, **params))

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("the tenant is already running")
        # Uploads of a few MB must fit; the platform rescales images anyway.
        app = web.Application(middlewares=[self._middleware], client_max_size=16 * 1024 * 1024)
        for method, template, handler in self._routes:
            app.router.add_route(method, template, handler)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self._host, self._port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        host, port = runner.addresses[0][:2]
        self._runner = runner
        self._base_url = f"http://{host}:{port}"
        if self.webhooks is not None:
            self.webhooks.start()

    async def aclose(self) -> None:
        if self.webhooks is not None:
            await self.webhooks.aclose()
        runner, self._runner = self._runner, None
        self._base_url = None
        if runner is not None:
            await runner.cleanup()

    @contextmanager
    def serve_in_thread(self) -> Iterator[FakeTenant]:
        """Serve from a background thread with its own event loop, for blocking callers.

        ``with FakeTenant(customers=20).serve_in_thread() as tenant:`` suits the
        sync client: the tenant answers while the calling thread blocks. Read
        ``data`` and ``requests`` between calls, not during one.
        """
        started = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()
        stop = asyncio.Event()

        async def serve() -> None:
            try:
                await self.start()
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            try:
                await stop.wait()
            finally:
                await self.aclose()

        def run() -> None:
            loop.run_until_complete(serve())
            # Requests still being answered, deliveries still queued: end them here, on
            # their own loop, so closing it leaves no task to be destroyed while pending.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())

        thread = threading.Thread(target=run, name="fake-tenant", daemon=True)
        thread.start()
        started.wait()
        try:
            if failure:
                raise failure[0]
            yield self
        finally:
            loop.call_soon_threadsafe(stop.set)
            thread.join()
            loop.close()

    async def __aenter__(self) -> FakeTenant:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ serving

    def _error(
        self,
        status: int,
        code: str,
        message: str,
        reference: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> web.Response:
        self._trace_ids += 1
        trace_id = f"{self.seed & 0xFFFF:04x}{self._trace_ids:012x}"
        body: dict[str, Any] = {"errorMessage": message, "errorCode": code, "traceId": trace_id}
        if reference is not None:
            body["reference"] = reference
        response = json_response(body, status)
        response.headers["X-Trace-Id"] = trace_id
        response.headers.update(headers or {})
        return response

    @web.middleware
    async def _middleware(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Any],
    ) -> web.StreamResponse:
        route = request.match_info.route
        resource = route.resource if route is not None else None
        template = resource.canonical if resource is not None else request.path
        headers = CIMultiDict(request.headers)
        headers.popall(API_KEY_HEADER, None)
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            path_template=template,
            params=dict(request.match_info),
            query=tuple(request.query.items()),
            body=await request.read(),
            headers=headers,
        )
        self.requests.append(record)
        response = await self._serve(request, handler, record)
        if record.fault != "drop":
            record.status = response.status
        return response

    async def _serve(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Any],
        record: RecordedRequest,
    ) -> web.StreamResponse:
        method = request.method
        faults = self._faults
        given = request.headers.get(API_KEY_HEADER, "")
        key_ok = hmac.compare_digest(given.encode(), self.api_key.encode())
        # A path no operation has is 404 for every method, HEAD included.
        known = not isinstance(request.match_info.http_exception, web.HTTPNotFound)
        if method == "HEAD" and not faults.include_head:
            return self._head(key_ok, known)
        if record.path_template in _DOWNLOAD_PATHS:
            # A download link, not an API call: no key, no limits.
            return await self._handle(request, handler)
        if method != "HEAD" and not key_ok:
            return self._error(401, "UNAUTHORIZED", "missing or invalid API key")
        remaining = self._injector.rate_limited(f"{method} {record.path_template}")
        if remaining is not None:
            record.fault = "429"
            return self._error(
                429,
                "RATE_LIMIT_EXCEEDED",
                "rate limit exceeded for this endpoint",
                headers=self._injector.retry_after_header(remaining),
            )
        fault = self._injector.draw(method, record.path_template, request.path_qs)
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.kind == "429":  # rejected up front, like the real limiter
            record.fault = "429"
            return self._error(
                429,
                "RATE_LIMIT_EXCEEDED",
                "rate limit exceeded for this endpoint",
                headers=self._injector.retry_after_header(self._injector.window_remaining()),
            )
        after = (
            faults.state_change == "after"
            and (method, record.path_template) in self._state_changing
        )
        if fault.kind in ("503", "drop") and not after:
            return await self._inflict(fault, request, record, None)
        response = (
            self._head(key_ok, known) if method == "HEAD" else await self._handle(request, handler)
        )
        if fault.kind is not None:
            return await self._inflict(fault, request, record, response)
        return response

    def _head(self, key_ok: bool, known: bool) -> web.Response:
        # HEAD only checks the key: no business logic, no check that the entity
        # exists; a path that names no operation at all is still 404.
        if key_ok and not known:
            return self._error(404, "ENTITY_NOT_FOUND", "Not Found")
        return web.Response(status=200 if key_ok else 401)

    async def _handle(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        try:
            response: web.StreamResponse = await handler(request)
        except TenantError as exc:
            return self._error(exc.status, exc.code, exc.message, exc.reference)
        except web.HTTPException as exc:  # no such route, or a method it does not serve
            code = "ENTITY_NOT_FOUND" if exc.status == 404 else "METHOD_NOT_ALLOWED"
            allow = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
            return self._error(exc.status, code, exc.reason, headers=allow)
        return response

    async def _inflict(
        self,
        fault: Fault,
        request: web.Request,
        record: RecordedRequest,
        response: web.StreamResponse | None,
    ) -> web.StreamResponse:
        record.fault = fault.kind
        if fault.kind == "503":
            return self._error(503, "SERVICE_UNAVAILABLE", "the service is temporarily overloaded")
        transport = request.transport
        if fault.kind == "drop" or not isinstance(response, web.Response) or transport is None:
            if transport is not None:
                transport.close()
            record.fault = "drop"
            # Never sent: the transport is closed, aiohttp drops it quietly.
            return web.Response(status=499)
        body = response.body if isinstance(response.body, bytes) else b""
        partial = web.StreamResponse(status=response.status, headers=response.headers)
        partial.content_length = max(len(body), 1)
        await partial.prepare(request)
        await partial.write(body[: len(body) // 2])
        transport.close()
        return partial
