"""The fake tenant's webhook sender: its own state changes, POSTed like the platform does.

Give a :class:`~perfectgym_async.testing.FakeTenant` a :class:`WebhookTarget`
(``FakeTenant(webhooks=WebhookTarget(url, key))`` or
``tenant.send_webhooks_to(url, key)``) and every change of its state (a
customer created, updated or deleted, a payment booked, a contract canceled...)
is POSTed to ``url`` as a ``WebhookEventRequest`` with the key in ``X-API-KEY``.
Like the platform, an answer other than 2xx (or no answer) is delivered again
with backoff, so a receiver sees the same ``uuid`` more than once whenever it
did not answer in time. :class:`WebhookFaults` adds what a real network and
platform do on top, drawn from the tenant's seed: deliveries sent twice, held
back so later events overtake them, and delayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import random
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import aiohttp
import attrs

from .._constants import API_KEY_HEADER

__all__ = ["LagMeter", "SentEvent", "WebhookFaults", "WebhookSender", "WebhookTarget"]


def _probability(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value!r}")


def _seconds(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (value >= 0 and math.isfinite(value)):
        raise ValueError(f"{attribute.name} must be a number of seconds >= 0, got {value!r}")


@attrs.frozen
class WebhookFaults:
    """What goes wrong with deliveries, each drawn per event from the tenant's seed."""

    #: Probability that an event, once delivered, is delivered a second time.
    duplicate: float = attrs.field(default=0.0, validator=_probability)
    #: Probability that an event is held back ``hold`` seconds, so later ones overtake it.
    reorder: float = attrs.field(default=0.0, validator=_probability)
    hold: float = attrs.field(default=0.05, validator=_seconds)
    #: Each event's first delivery waits between 0 and ``delay`` seconds.
    delay: float = attrs.field(default=0.0, validator=_seconds)


@attrs.frozen
class WebhookTarget:
    """Where the tenant sends its webhooks, and how it delivers them."""

    url: str
    api_key: str = attrs.field(repr=False)
    faults: WebhookFaults = WebhookFaults()
    #: Deliveries in flight at once (the platform sends in parallel, too).
    concurrency: int = 4
    #: Backoff after a failed delivery: ``first_retry`` seconds, doubling up to ``max_retry``.
    first_retry: float = attrs.field(default=0.1, validator=_seconds)
    max_retry: float = attrs.field(default=5.0, validator=_seconds)
    #: Deliveries of one event before the sender gives up on it (None: never).
    max_attempts: int | None = 50
    #: Seconds one delivery may take.
    timeout: float = 10.0

    def __attrs_post_init__(self) -> None:
        if not self.api_key:
            raise ValueError("api_key must not be empty")
        if self.concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ValueError("max_attempts must be >= 1 or None")


@attrs.frozen
class SentEvent:
    """One event the tenant announced (and delivers until it is taken)."""

    uuid: str
    entity_id: int
    type: str
    content: Mapping[str, Any]
    #: Milliseconds since the epoch, as the body carries it.
    timestamp: int
    #: ``time.monotonic()`` when the change happened (for measuring a receiver's lag).
    changed_at: float
    body: bytes = attrs.field(repr=False)
    # Fault draws, made when the event is queued so they follow the seed.
    hold: float = 0.0
    delay: float = 0.0
    duplicate: bool = False


class WebhookSender:
    """Queues the tenant's events and delivers each until it gets a 2xx answer.

    Counters (``sent``, ``deliveries``, ``delivered``, ``retries``,
    ``duplicates``, ``given_up``) say what happened; :meth:`join` waits until
    every event queued so far is delivered (or given up). Runs on the tenant's
    event loop, from :meth:`start` to :meth:`aclose`.
    """

    def __init__(
        self, target: WebhookTarget, *, seed: int, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.target = target
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._rng = random.Random(f"{seed}|webhooks")
        #: Every event announced, in the order the changes happened.
        self.events: list[SentEvent] = []
        #: POSTs made (first deliveries, retries and duplicates).
        self.deliveries = 0
        #: Events answered with a 2xx.
        self.delivered = 0
        #: Deliveries made again after a non-2xx answer or a failed connection.
        self.retries = 0
        #: Extra deliveries of an already delivered event (the ``duplicate`` fault).
        self.duplicates = 0
        #: Events the sender stopped trying (after ``max_attempts``).
        self.given_up = 0
        self._queue: asyncio.Queue[SentEvent] = asyncio.Queue()
        self._workers: list[asyncio.Task[None]] = []
        self._session: aiohttp.ClientSession | None = None
        self._outstanding = 0
        self._idle: asyncio.Event | None = None

    def __repr__(self) -> str:
        return f"<WebhookSender to {self.target.url!r}: {len(self.events)} events>"

    @property
    def sent(self) -> int:
        """Events announced so far."""
        return len(self.events)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start delivering (call it on the running loop that serves the tenant)."""
        if self._session is not None:
            return
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.target.timeout)
        )
        self._idle = asyncio.Event()
        if self._outstanding == 0:
            self._idle.set()
        self._workers = [
            asyncio.ensure_future(self._work()) for _ in range(self.target.concurrency)
        ]

    async def aclose(self) -> None:
        """Stop delivering; events not delivered yet are dropped."""
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.cancel()
        for worker in workers:
            with contextlib.suppress(asyncio.CancelledError):
                await worker
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def join(self) -> None:
        """Wait until every event queued so far is delivered (or given up)."""
        if self._idle is None:
            raise RuntimeError("the sender is not running (start the tenant first)")
        await self._idle.wait()

    # ------------------------------------------------------------------ events

    def send(
        self, event_type: str, entity_id: int, content: Mapping[str, Any] | None = None
    ) -> SentEvent:
        """Announce one change; it is delivered in the background."""
        rng = self._rng
        faults = self.target.faults
        event_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        timestamp = int(self._clock().timestamp() * 1000)
        body = json.dumps(
            {
                "entityId": entity_id,
                "uuid": event_uuid,
                "payload": [
                    {"timestamp": timestamp, "type": event_type, "content": dict(content or {})}
                ],
            },
            separators=(",", ":"),
        ).encode()
        hold = faults.hold if rng.random() < faults.reorder else 0.0
        event = SentEvent(
            uuid=event_uuid,
            entity_id=entity_id,
            type=event_type,
            content=dict(content or {}),
            timestamp=timestamp,
            changed_at=time.monotonic(),
            body=body,
            hold=hold,
            delay=rng.uniform(0.0, faults.delay) if faults.delay else 0.0,
            duplicate=rng.random() < faults.duplicate,
        )
        self.events.append(event)
        self._outstanding += 1
        if self._idle is not None:
            self._idle.clear()
        self._queue.put_nowait(event)
        return event

    async def _work(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                await self._deliver(event)
            finally:
                self._outstanding -= 1
                if self._outstanding == 0 and self._idle is not None:
                    self._idle.set()

    async def _deliver(self, event: SentEvent) -> None:
        target = self.target
        wait = event.hold + event.delay
        if wait:
            await asyncio.sleep(wait)
        attempt = 0
        while True:
            attempt += 1
            if await self._post(event):
                break
            if target.max_attempts is not None and attempt >= target.max_attempts:
                self.given_up += 1
                return
            self.retries += 1
            await asyncio.sleep(
                min(target.first_retry * 2 ** min(attempt - 1, 30), target.max_retry)
            )
        self.delivered += 1
        if event.duplicate:
            self.duplicates += 1
            await self._post(event)

    async def _post(self, event: SentEvent) -> bool:
        session = self._session
        assert session is not None  # workers run only while started
        self.deliveries += 1
        headers = {API_KEY_HEADER: self.target.api_key, "Content-Type": "application/json"}
        try:
            async with session.post(self.target.url, data=event.body, headers=headers) as answer:
                await answer.read()
                return 200 <= answer.status < 300
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
            return False


class LagMeter:
    """Seconds from a change of the tenant to the moment its customer's rows were
    written (or marked deleted): pass :meth:`applied` as the follower's ``on_applied``.

    A customer's changes announced so far are answered by the next write of its rows.
    """

    def __init__(self, sender: WebhookSender | None = None) -> None:
        self.sender = sender
        #: One figure per change answered, in seconds.
        self.lags: list[float] = []
        self._seen = 0
        self._waiting: dict[int, list[float]] = {}

    def applied(self, customer_id: int, what: str) -> None:
        now = time.monotonic()
        if self.sender is not None:
            events = self.sender.events
            for event in events[self._seen :]:
                self._waiting.setdefault(event.entity_id, []).append(event.changed_at)
            self._seen = len(events)
        changes = self._waiting.pop(customer_id, [])
        self.lags.extend(now - changed_at for changed_at in changes)
