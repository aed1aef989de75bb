"""Keep an export current from the platform's webhooks: ``perfectgym webhooks serve``.

Events are notifications: an event about a customer (see
:data:`CUSTOMER_EVENT_TYPES`) is applied by fetching that customer again, with
its balance and transactions, exactly as the export fetches it, and writing its
rows in one transaction through the same :class:`~perfectgym_async.export.Store`
call (:meth:`~perfectgym_async.export.Store.write_customer`). ``CUSTOMER_DELETED``,
and a customer fetch answering 404, mark the customer deleted and keep its rows
as history (:meth:`~perfectgym_async.export.Store.mark_deleted`). Other event
types are recorded only.

* :class:`Follower` is the receiver's handler. One fetch answers every pending
  event about the same customer that arrived before the fetch began: those are
  settled with it (:meth:`~perfectgym_async.webhooks.EventLog.settle`), so a burst
  of events about a few customers costs one fetch per customer. It also takes on
  up to ``concurrency - 1`` other customers with pending events, fetched at the
  same time; every request goes through the client's rate limiter.
* :class:`WebhookServer` is the command without its command line: the store, the
  event log, the :class:`~perfectgym_async.webhooks.Receiver` and the HTTP endpoint.

Processing is at least once and idempotent: an event interrupted by a stop is
applied after the next start, and applying one again fetches the current state.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection
from datetime import datetime, timezone
from pathlib import Path

import anyio
import attrs
from aiohttp import web

from .. import _constants
from .._client import AsyncClient
from .._webhook_log import EventLog, EventStatus
from ..errors import NotFoundError
from ..webhooks import (
    DEFAULT_MAX_BODY_SIZE,
    HandlerRetry,
    Outcome,
    Receiver,
    WebhookEventRequest,
)
from ._exporter import customer_rows_or_failure, fetch_customer
from ._outcomes import Failed, RowsRefused
from ._rows import CustomerRows
from ._store import Store, Target, tenant_identity
from ._targets import output_target

__all__ = [
    "CUSTOMER_EVENT_TYPES",
    "FollowStats",
    "Follower",
    "WebhookServer",
]

logger = logging.getLogger(f"{_constants.LOGGER_NAME}.follow")

#: Event types whose ``entityId`` is a customer id (the platform's event-type table):
#: each makes the customer's rows be fetched again (``CUSTOMER_DELETED``: marked deleted).
CUSTOMER_EVENT_TYPES = frozenset(
    {
        "AGGREGATOR_MEMBER_CREATED",
        "CONTRACT_CANCELLED",
        "CONTRACT_CREATED",
        "CONTRACT_UPDATED",
        "CUSTOMER_ACCESS_DISABLED",
        "CUSTOMER_CHECKIN",
        "CUSTOMER_CHECKOUT",
        "CUSTOMER_COMMUNICATION_PREFERENCES_UPDATED",
        "CUSTOMER_CREATED",
        "CUSTOMER_DELETED",
        "CUSTOMER_UPDATED",
    }
)
_DELETED = "CUSTOMER_DELETED"
_DEFAULT_RETRY = HandlerRetry()


def _now() -> datetime:
    return datetime.now(timezone.utc)


@attrs.define
class FollowStats:
    """What a :class:`Follower` did since it was made."""

    #: Customers read from the API again (answered, or answered 404).
    fetched: int = 0
    #: Customers whose rows were written.
    written: int = 0
    #: Customers marked deleted (a ``CUSTOMER_DELETED`` event, or a fetch answering 404).
    deleted: int = 0
    #: Events settled by the fetch made for another event (no fetch of their own).
    coalesced: int = 0
    #: Events of types that change nothing in the export.
    recorded_only: int = 0
    #: Customers whose rows the store refused (kept in its ``failures`` table).
    failed: int = 0


@attrs.frozen
class _Applied:
    """How applying one customer went: final (status, detail), or an error to retry."""

    status: EventStatus = EventStatus.APPLIED
    detail: str | None = None
    error: BaseException | None = None


class Follower:
    """The webhook handler that applies events to an export (see the module docstring).

    ``store`` is the export, opened for the tenant ``client`` talks to; ``log`` the
    receiver's :class:`~perfectgym_async.webhooks.EventLog`, which the follower reads
    (pending events it can take on) and settles (events one fetch answered).
    ``concurrency`` customers are fetched at once at most. ``on_applied(customer_id,
    status)`` is called after a customer's rows were committed or it was marked
    deleted (e.g. to measure lag).
    """

    def __init__(
        self,
        client: AsyncClient,
        store: Store,
        log: EventLog,
        *,
        concurrency: int = 16,
        customer_types: Collection[str] = CUSTOMER_EVENT_TYPES,
        on_applied: Callable[[int, str], None] | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.client = client
        self.store = store
        self.log = log
        self.concurrency = concurrency
        self.customer_types = frozenset(customer_types)
        self.on_applied = on_applied
        self.stats = FollowStats()
        # A store takes one call at a time (the exporter has one writer): the fetches run
        # concurrently, their writes one after the other.
        self._writing = anyio.Lock()

    async def __call__(self, request: WebhookEventRequest) -> Outcome | None:
        types = {event.type.value for event in request.payload} & self.customer_types
        if not types:
            self.stats.recorded_only += 1
            named = ", ".join(sorted({str(event.type) for event in request.payload})) or "none"
            return Outcome.recorded_only(f"type {named}: nothing of the export to change")
        # Everything recorded up to here happened before the fetches below begin, so
        # they answer it too.
        mark = await self.log.last_id()
        work = {request.entity_id: types}
        if self.concurrency > 1:
            work.update(
                await self.log.pending_entities(
                    self.customer_types,
                    _now(),
                    through=mark,
                    limit=self.concurrency - 1,
                    exclude=(request.entity_id,),
                )
            )
        results: dict[int, _Applied] = {}

        async def apply(customer_id: int, seen: set[str]) -> None:
            results[customer_id] = await self._apply(customer_id, seen)

        async with anyio.create_task_group() as group:
            for customer_id, seen in work.items():
                group.start_soon(apply, customer_id, seen)
        settled = {
            customer_id: (result.status, result.detail)
            for customer_id, result in results.items()
            if result.error is None
        }
        if settled:
            self.stats.coalesced += await self.log.settle(
                settled, event_types=self.customer_types, through=mark, exclude=request.uuid
            )
        own = results[request.entity_id]
        if own.error is not None:
            raise own.error  # the receiver retries the event with backoff
        return Outcome(own.status, own.detail)

    async def _apply(self, customer_id: int, types: set[str]) -> _Applied:
        try:
            if _DELETED in types:
                return await self._deleted(customer_id, "deleted (CUSTOMER_DELETED)")
            try:
                customer = await self.client.customers.get_customer_by_id(customer_id)
            except NotFoundError:
                self.stats.fetched += 1
                return await self._deleted(customer_id, "deleted (the customer fetch answered 404)")
            self.stats.fetched += 1
            # The export's own fetch and rows: a followed customer is written exactly as
            # the export writes it.
            fetched = await fetch_customer(self.client, customer)
            if isinstance(fetched, Failed):
                # Fetching failed after the SDK's retries: the event is retried later.
                return _Applied(error=_FetchError(fetched.error))
            rows = customer_rows_or_failure(self.store.tenant, fetched)
            if isinstance(rows, CustomerRows):
                try:
                    async with self._writing:
                        await self.store.write_customer(rows)
                except RowsRefused as exc:
                    rows = Failed(customer_id, f"cannot store: {exc}")
            if isinstance(rows, Failed):
                async with self._writing:
                    await self.store.record_failure(customer_id, rows.error, _now())
                self.stats.failed += 1
                return _Applied(EventStatus.FAILED, rows.error)
        except Exception as exc:  # an output error, a surprise: retried like a failed fetch
            return _Applied(error=exc)
        self.stats.written += 1
        self._notify(customer_id, "written")
        return _Applied(
            detail=f"customer {customer_id} fetched again: {len(rows.transactions)} transactions"
        )

    async def _deleted(self, customer_id: int, why: str) -> _Applied:
        async with self._writing:
            known = await self.store.mark_deleted(customer_id, _now())
        self.stats.deleted += 1
        self._notify(customer_id, "deleted")
        kept = "its rows are kept" if known else "it was not in the export"
        return _Applied(detail=f"customer {customer_id} {why}; {kept}")

    def _notify(self, customer_id: int, what: str) -> None:
        if self.on_applied is not None:
            self.on_applied(customer_id, what)


class _FetchError(Exception):
    """A customer's balance or transactions could not be fetched (retried later)."""


@attrs.define
class _Counts:
    #: Requests answered 200: events new to the log, and deliveries of known ones.
    recorded: int = 0
    duplicates: int = 0
    #: Requests refused (a wrong key, a bad body, the log failing).
    refused: int = 0


class WebhookServer:
    """``perfectgym webhooks serve``: receive on ``POST path``, record, apply to the export.

    ``output`` is the export (a :class:`~perfectgym_async.export.Target`, an SQLite
    path or a PostgreSQL URL) of the tenant ``client`` talks to (``tenant``, default
    its base URL, names it there); ``log`` the event log file. ``start()`` claims the
    export and the log, starts the :class:`~perfectgym_async.webhooks.Receiver` (which
    first processes events left pending by an earlier run) and listens on
    ``host:port`` (``port=0`` picks a free one; :attr:`url` says where);
    ``aclose()`` stops in the reverse order. ``api_key`` is the key the platform sends
    in ``X-API-KEY``; it is held only masked, inside the receiver.
    """

    def __init__(
        self,
        client: AsyncClient,
        output: Target | str | os.PathLike[str],
        *,
        api_key: str,
        log: str | os.PathLike[str] | EventLog,
        tenant: str | None = None,
        host: str = "127.0.0.1",
        port: int = 8080,
        path: str = "/webhook",
        concurrency: int = 16,
        retry: HandlerRetry = _DEFAULT_RETRY,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        on_applied: Callable[[int, str], None] | None = None,
    ) -> None:
        self.client = client
        self.target = output_target(output) if isinstance(output, (str, os.PathLike)) else output
        self.tenant = tenant_identity(tenant or client.base_url)
        self.log = log if isinstance(log, EventLog) else EventLog(Path(log))
        self.host = host
        self.port = port
        self.path = path
        self.concurrency = concurrency
        self.on_applied = on_applied
        self.counts = _Counts()
        self.store: Store | None = None
        self.follower: Follower | None = None
        self.receiver = Receiver(
            api_key=api_key,
            log=self.log,
            handler=self._handle,
            max_body_size=max_body_size,
            retry=retry,
        )
        del api_key
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """Where the platform sends events, e.g. ``http://127.0.0.1:8080/webhook``."""
        if self._url is None:
            raise RuntimeError("the webhook server is not running")
        return self._url

    async def _handle(self, request: WebhookEventRequest) -> Outcome | None:
        assert self.follower is not None  # set before the receiver starts
        return await self.follower(request)

    async def start(self) -> None:
        """Claim the export and the log, start processing, then listen."""
        if self.store is not None:
            raise RuntimeError("the webhook server is already running")
        self.store = await self.target.open(self.tenant, restart=False, adopt=False)
        try:
            self.follower = Follower(
                self.client,
                self.store,
                self.log,
                concurrency=self.concurrency,
                on_applied=self.on_applied,
            )
            await self.receiver.start()
            app = web.Application()
            app.router.add_post(self.path, self._webhook)
            runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
            await runner.setup()
            self._runner = runner
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
            host, port = runner.addresses[0][:2]
            shown = f"[{host}]" if ":" in host else host
            self._url = f"http://{shown}:{port}{self.path}"
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.aclose()
            raise

    async def _webhook(self, request: web.Request) -> web.Response:
        receipt = await self.receiver.receive(
            request.headers, request.content.iter_chunked(64 * 1024)
        )
        if receipt.status != 200:
            self.counts.refused += 1
        elif receipt.duplicate:
            self.counts.duplicates += 1
        else:
            self.counts.recorded += 1
        return web.Response(status=receipt.status, text=receipt.reason)

    async def join(self) -> None:
        """Wait until every event that is due has been processed."""
        await self.receiver.join()

    async def aclose(self) -> None:
        """Stop listening, stop processing (an event being applied stays pending for the
        next start), release the log and the export."""
        with anyio.CancelScope(shield=True):
            runner, self._runner = self._runner, None
            self._url = None
            if runner is not None:
                await runner.cleanup()
            await self.receiver.stop()
            if self.log.is_open:
                await self.log.close()
            store, self.store = self.store, None
            if store is not None:
                await store.aclose()

    async def __aenter__(self) -> WebhookServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
