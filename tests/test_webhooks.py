"""Webhooks: the checked parser and the receiver that records before it answers."""

from __future__ import annotations

import hmac
import json
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import anyio
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from multidict import CIMultiDict, CIMultiDictProxy

from perfectgym_async import webhooks
from perfectgym_async.errors import PerfectGymError
from perfectgym_async.webhooks import (
    EventLog,
    EventLogError,
    EventLogInUseError,
    EventStatus,
    HandlerRetry,
    Outcome,
    Receiver,
    WebhookAuthenticationError,
    WebhookEventRequest,
    WebhookEventType,
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    create_app,
    parse_event,
)

from .keywalk import where_key_appears

KEY = "whk-7d1c4e9a-b3f0-do-not-leak"
UUID_A = "0b6f7c6e-3d2a-4c8b-9e51-2f4a6d8c1b70"
UUID_B = "5e0c1d2a-9b8f-4e7d-a6c5-b4a3f2e1d0c9"
UUID_C = "c0ffee00-1234-4abc-8def-000000000003"
TS = 1642779144176
TS_DATETIME = datetime(2022, 1, 21, 15, 32, 24, 176000, tzinfo=timezone.utc)
FAST = HandlerRetry(max_attempts=3, first_delay=0.01, max_delay=0.02)

#: The types documented in the platform's event-type table.
DOCUMENTED_TYPES = [
    "ADDITIONAL_INFORMATION_FIELDS_UPDATED",
    "AGGREGATOR_MEMBER_CREATED",
    "APPOINTMENT_BOOKING_CANCELLED",
    "APPOINTMENT_BOOKING_CREATED",
    "APPOINTMENT_BOOKING_UPDATED",
    "AUTOMATIC_CUSTOMER_CHECKOUT",
    "CLASS_BOOKING_CANCELLED",
    "CLASS_BOOKING_CREATED",
    "CLASS_BOOKING_UPDATED",
    "CLASS_SLOT_CANCELLED",
    "CLASS_SLOT_UPDATED",
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
    "DEVICE_CREATED",
    "EMPLOYEE_CREATED",
    "EMPLOYEE_DELETED",
    "EMPLOYEE_UPDATED",
    "FINANCE_DEBT_COLLECTION_CONFIGURATION_UPDATED",
    "FINANCE_DEBT_COLLECTION_RUN_CREATED",
    "TAX_ADVISOR_EXPORT_CREATED",
]


def event_body(
    uuid: Any = UUID_A,
    *,
    entity_id: Any = 7893459,
    type: Any = "CUSTOMER_UPDATED",
    timestamp: Any = TS,
    content: Any = None,
) -> bytes:
    event: dict[str, Any] = {"timestamp": timestamp, "type": type}
    if content is not None:
        event["content"] = content
    return json.dumps({"entityId": entity_id, "uuid": uuid, "payload": [event]}).encode()


def with_key(key: str = KEY) -> dict[str, str]:
    return {"X-API-KEY": key, "Content-Type": "application/json"}


# --------------------------------------------------------------------------- parse_event


@pytest.mark.parametrize("name", ["X-API-KEY", "x-api-key", "X-Api-Key"])
def test_parse_event_from_a_plain_dict_in_any_case(name: str) -> None:
    body = event_body(content={"contractId": 12, "rate": 1.25})
    request = parse_event({name: KEY, "Content-Type": "application/json"}, body, api_key=KEY)
    assert request == WebhookEventRequest(
        entity_id=7893459,
        uuid=UUID_A,
        payload=[
            webhooks.WebhookEvent(
                timestamp=TS_DATETIME,
                type=WebhookEventType.CUSTOMER_UPDATED,
                content={"contractId": 12, "rate": Decimal("1.25")},
            )
        ],
    )


def test_parse_event_from_aiohttp_headers_and_raw_pairs() -> None:
    aiohttp_headers = CIMultiDictProxy(CIMultiDict({"x-API-key": KEY}))
    assert parse_event(aiohttp_headers, event_body(), api_key=KEY).uuid == UUID_A
    # An ASGI scope's headers: (bytes, bytes) pairs.
    raw = [(b"content-type", b"application/json"), (b"x-api-key", KEY.encode())]
    assert parse_event(raw, event_body().decode(), api_key=KEY).entity_id == 7893459


def test_parse_event_from_starlette_headers() -> None:
    datastructures = pytest.importorskip("starlette.datastructures")
    headers = datastructures.Headers(raw=[(b"x-api-key", KEY.encode())])
    assert parse_event(headers, event_body(), api_key=KEY).uuid == UUID_A
    with pytest.raises(WebhookAuthenticationError):
        parse_event(datastructures.Headers(raw=[]), event_body(), api_key=KEY)


def test_parse_event_in_a_starlette_route() -> None:
    testclient = pytest.importorskip("starlette.testclient")  # needs httpx
    applications = pytest.importorskip("starlette.applications")
    responses = pytest.importorskip("starlette.responses")
    routing = pytest.importorskip("starlette.routing")
    received: list[WebhookEventRequest] = []

    async def webhook(request: Any) -> Any:
        try:
            received.append(parse_event(request.headers, await request.body(), api_key=KEY))
        except webhooks.WebhookError as exc:
            return responses.Response(str(exc), status_code=exc.status)
        return responses.Response("ok")

    app = applications.Starlette(routes=[routing.Route("/webhook", webhook, methods=["POST"])])
    with testclient.TestClient(app) as client:
        for body, key, status in (
            (event_body(), KEY, 200),
            (event_body(), "no", 401),
            (b"{", KEY, 400),
        ):
            assert (
                client.post("/webhook", content=body, headers=with_key(key)).status_code == status
            )
    assert [r.uuid for r in received] == [UUID_A]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-API-KEY": ""},
        {"X-API-KEY": "wrong"},
        {"X-API-KEY": KEY.upper()},
        {"X-API-KEY": KEY + " "},
        {"X-Custom": KEY},
        CIMultiDict([("X-API-KEY", KEY), ("X-API-KEY", "wrong")]),  # sent twice: ambiguous
        {"X-API-KEY": KEY, "x-api-key": KEY},
    ],
    ids=lambda h: ",".join(f"{k}={'KEY' if v == KEY else v!r}" for k, v in h.items()) or "none",
)
def test_missing_or_wrong_key_is_refused_before_the_body_is_read(headers: Any) -> None:
    with pytest.raises(WebhookAuthenticationError) as info:
        parse_event(headers, b"{not json", api_key=KEY)  # the body would be a 400
    assert info.value.status == 401
    assert isinstance(info.value, webhooks.WebhookError)
    assert isinstance(info.value, PerfectGymError)
    assert str(info.value) == "missing or wrong X-API-KEY header"


def test_key_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, object]] = []
    real = hmac.compare_digest

    def recording(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", recording)
    parse_event({"x-api-key": KEY}, event_body(), api_key=KEY)
    with pytest.raises(WebhookAuthenticationError):
        parse_event({"x-api-key": "guess"}, event_body(), api_key=KEY)
    assert calls == [(KEY.encode(), KEY.encode()), (b"guess", KEY.encode())]


def test_errors_do_not_reach_the_key() -> None:
    with pytest.raises(WebhookAuthenticationError) as refused:
        parse_event({"X-API-KEY": KEY[:-1]}, event_body(), api_key=KEY)
    # Authenticated, then a bad body: the headers (holding the right key) are gone too.
    with pytest.raises(WebhookPayloadError) as invalid:
        parse_event({"X-API-KEY": KEY}, b'{"entityId": 1}', api_key=KEY)
    for error in (refused.value, invalid.value):
        assert where_key_appears(error, KEY, skip_files=("test_webhooks.py",)) == []
    assert repr(webhooks._webhook_key(KEY)) == "<redacted>"


@pytest.mark.parametrize(
    ("body", "where", "why"),
    [
        (b"{", "", "not valid JSON"),
        (b"\xff\xfe", "", "not valid JSON"),
        (event_body().replace(b"7893459", b"NaN"), "", "not valid JSON"),
        (event_body().replace(b"7893459", b"Infinity"), "", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "", "nested deeper"),
        (event_body(content={"a": json.loads("[" * 70 + "]" * 70)}), "", "nested deeper"),
        (b"[]", "", "expected a JSON object, got an array"),
        (b'{"uuid": "%s", "payload": []}' % UUID_A.encode(), "entityId", "missing"),
        (b'{"entityId": 1, "payload": []}', "uuid", "missing"),
        (b'{"entityId": 1, "uuid": "%s"}' % UUID_A.encode(), "payload", "missing"),
        (event_body(entity_id=-1), "entityId", "outside 0.."),
        (event_body(entity_id=2**63), "entityId", "outside 0.."),
        (event_body(entity_id="7893459"), "entityId", "got a string"),
        (event_body(entity_id=True), "entityId", "got boolean"),
        (event_body(entity_id=1.5), "entityId", "got a number"),
        (event_body(uuid="not-a-uuid"), "uuid", "not a UUID"),
        (event_body(uuid="{" + UUID_A + "}"), "uuid", "not a UUID"),
        (event_body(uuid=UUID_A.replace("-", "")), "uuid", "not a UUID"),
        (event_body(uuid=12), "uuid", "got an integer"),
        (b'{"entityId": 1, "uuid": "%s", "payload": {}}' % UUID_A.encode(), "payload", "array"),
        (b'{"entityId": 1, "uuid": "%s", "payload": [1]}' % UUID_A.encode(), "payload[0]", ""),
        (event_body(timestamp="1642779144176"), "payload[0].timestamp", "got a string"),
        (event_body(timestamp=1642779144176.5), "payload[0].timestamp", "got a number"),
        (event_body(timestamp=None), "payload[0].timestamp", "got null"),
        (event_body(timestamp=2**63 - 1), "payload[0].timestamp", "not a representable date"),
        (event_body(timestamp=2**64), "payload[0].timestamp", "outside"),
        (event_body(type=None), "payload[0].type", "non-empty string"),
        (event_body(type=""), "payload[0].type", "non-empty string"),
        (event_body(content=[1]), "payload[0].content", "expected an object"),
        (
            b'{"entityId": 1, "uuid": "%s", "payload": [{"type": "X"}]}' % UUID_A.encode(),
            "payload[0].timestamp",
            "missing",
        ),
    ],
)
def test_malformed_payloads_are_refused(body: bytes, where: str, why: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event({"X-API-KEY": KEY}, body, api_key=KEY)
    assert type(info.value) is WebhookPayloadError
    assert info.value.status == 400
    assert info.value.field_path == where
    assert why in str(info.value)
    # The parser's own exception (holding the whole body) is not chained.
    assert info.value.__cause__ is None
    assert info.value.__context__ is None or info.value.__suppress_context__


def test_oversized_body_is_refused() -> None:
    body = event_body(content={"pad": "x" * 200})
    with pytest.raises(WebhookPayloadTooLargeError) as info:
        parse_event({"X-API-KEY": KEY}, body, api_key=KEY, max_body_size=100)
    assert info.value.status == 413 and isinstance(info.value, WebhookPayloadError)
    big = event_body(content={"pad": "x" * webhooks.DEFAULT_MAX_BODY_SIZE})
    with pytest.raises(WebhookPayloadTooLargeError):
        parse_event({"X-API-KEY": KEY}, big, api_key=KEY)
    assert parse_event({"X-API-KEY": KEY}, body, api_key=KEY, max_body_size=len(body))


def test_timestamp_is_an_aware_utc_datetime_exact_to_the_millisecond() -> None:
    def when(milliseconds: int) -> datetime:
        body = event_body(timestamp=milliseconds)
        return parse_event({"X-API-KEY": KEY}, body, api_key=KEY).payload[0].timestamp

    stamp = when(TS)
    assert stamp == TS_DATETIME and stamp.utcoffset() == timedelta(0)
    assert stamp.tzinfo is timezone.utc
    assert when(-1) == datetime(1969, 12, 31, 23, 59, 59, 999000, tzinfo=timezone.utc)
    assert when(253402300799999) == datetime(9999, 12, 31, 23, 59, 59, 999000, timezone.utc)


def test_unknown_event_type_and_content_are_kept() -> None:
    content = {"nested": {"ids": [1, 2]}, "note": "ü", "empty": None}
    body = event_body(type="LOCKER_OPENED", content=content)
    event = parse_event({"X-API-KEY": KEY}, body, api_key=KEY).payload[0]
    assert event.type == "LOCKER_OPENED" and not event.type.is_known
    assert isinstance(event.type, WebhookEventType)
    assert event.content == content
    missing = parse_event({"X-API-KEY": KEY}, event_body(), api_key=KEY).payload[0]
    assert missing.content == {} and missing.type.is_known


def test_every_documented_type_is_a_member() -> None:
    assert sorted(WebhookEventType.__members__) == sorted(DOCUMENTED_TYPES)
    assert all(WebhookEventType(name).is_known for name in DOCUMENTED_TYPES)


def test_uuid_is_kept_in_canonical_lower_case() -> None:
    body = event_body(uuid=UUID_A.upper())
    assert parse_event({"X-API-KEY": KEY}, body, api_key=KEY).uuid == UUID_A


# --------------------------------------------------------------------------- the receiver


Handler = Callable[[WebhookEventRequest], Awaitable[Outcome | None]]


@asynccontextmanager
async def serve(
    log: Path | EventLog, handler: Handler, **options: Any
) -> AsyncIterator[tuple[TestClient[web.Request, web.Application], Receiver]]:
    app = create_app(api_key=KEY, log=log, handler=handler, **options)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client, app[webhooks.RECEIVER_KEY]


class Recorder:
    """A handler that records what it got and answers as told per uuid."""

    def __init__(self) -> None:
        self.calls: list[WebhookEventRequest] = []
        self.answers: dict[str, Callable[[], Outcome | None]] = {}

    async def __call__(self, request: WebhookEventRequest) -> Outcome | None:
        self.calls.append(request)
        answer = self.answers.get(request.uuid)
        return None if answer is None else answer()

    @property
    def uuids(self) -> list[str]:
        return [call.uuid for call in self.calls]


async def stored(path: Path) -> list[webhooks.LoggedEvent]:
    async with EventLog(path) as log:
        return await log.events()


async def wait_for_status(receiver: Receiver, uuid: str, status: EventStatus) -> None:
    with anyio.fail_after(5):
        while (entry := await receiver.log.get(uuid)) is None or entry.status is not status:
            await anyio.sleep(0.005)


async def test_missing_or_wrong_key_is_answered_401_and_nothing_is_stored(
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    async with serve(tmp_path / "log.sqlite", recorder) as (client, receiver):
        for headers in ({}, with_key("wrong"), with_key(KEY[:-1]), {"X-API-KEY": ""}):
            response = await client.post("/webhook", data=event_body(), headers=headers)
            assert response.status == 401
            assert KEY not in await response.text()
        await receiver.join()
        assert await receiver.log.events() == []
    assert recorder.calls == []


async def test_bad_and_oversized_bodies_are_answered_400_413_and_nothing_is_stored(
    tmp_path: Path,
) -> None:
    recorder = Recorder()

    async def chunks() -> AsyncIterator[bytes]:  # chunked: no Content-Length to go by
        for _ in range(20):
            yield b" " * 100

    async with serve(tmp_path / "log.sqlite", recorder, max_body_size=1000) as (client, receiver):
        for body in (b"{", event_body(uuid="nope"), event_body(timestamp="soon")):
            response = await client.post("/webhook", data=body, headers=with_key())
            assert response.status == 400
            assert "invalid webhook payload" in await response.text()
        big = event_body(content={"pad": "x" * 1000})
        assert (await client.post("/webhook", data=big, headers=with_key())).status == 413
        assert (await client.post("/webhook", data=chunks(), headers=with_key())).status == 413
        assert await receiver.log.events() == []
        # The receiver still takes a good event afterwards.
        assert (await client.post("/webhook", data=event_body(), headers=with_key())).status == 200
        await receiver.join()
    assert recorder.uuids == [UUID_A]


async def test_each_event_is_recorded_before_the_answer_and_its_outcome_kept(
    tmp_path: Path,
) -> None:
    release = anyio.Event()
    calls: list[str] = []

    async def handler(request: WebhookEventRequest) -> Outcome | None:
        calls.append(request.uuid)
        await release.wait()
        if request.uuid == UUID_B:
            return Outcome.recorded_only("type not used here")
        if request.uuid == UUID_C:
            return Outcome.failed("customer 7893459 does not exist")
        return None

    async with serve(tmp_path / "log.sqlite", handler) as (client, receiver):
        for uuid in (UUID_A, UUID_B, UUID_C):
            response = await client.post("/webhook", data=event_body(uuid), headers=with_key())
            assert response.status == 200 and await response.text() == "recorded"
            # Answered: so it is in the log, even though the handler has not finished.
            entry = await receiver.log.get(uuid)
            assert entry is not None and entry.status is EventStatus.PENDING
        assert calls == [UUID_A]  # processed one at a time, in arrival order
        release.set()
        await receiver.join()
        a, b, c = await receiver.log.events()
    assert calls == [UUID_A, UUID_B, UUID_C]
    assert (a.uuid, a.status, a.detail, a.error) == (UUID_A, EventStatus.APPLIED, None, None)
    assert (b.status, b.detail, b.error) == (EventStatus.RECORDED_ONLY, "type not used here", None)
    assert c.status is EventStatus.FAILED and c.error == "customer 7893459 does not exist"
    for entry in (a, b, c):
        assert entry.attempts == 1 and entry.deliveries == 1
        assert entry.finished_at is not None and entry.next_attempt_at is None
        assert entry.event_types == ("CUSTOMER_UPDATED",) and entry.entity_id == 7893459
        assert entry.body == event_body(entry.uuid)  # kept exactly as received
    assert webhooks.parse_payload(a.body).uuid == UUID_A


async def test_a_duplicate_uuid_is_answered_200_and_applied_once(tmp_path: Path) -> None:
    recorder = Recorder()
    async with serve(tmp_path / "log.sqlite", recorder) as (client, receiver):
        first = await client.post("/webhook", data=event_body(), headers=with_key())
        await receiver.join()
        again = await client.post("/webhook", data=event_body(), headers=with_key())
        assert (again.status, await again.text()) == (200, "already recorded")
        changed = event_body(UUID_A.upper(), type="CUSTOMER_DELETED")
        upper = await client.post("/webhook", data=changed, headers=with_key())
        assert upper.status == 200
        await receiver.join()
        (entry,) = await receiver.log.events()
    assert first.status == 200
    assert recorder.uuids == [UUID_A]
    assert entry.deliveries == 3 and entry.attempts == 1
    assert entry.event_types == ("CUSTOMER_UPDATED",)  # the first delivery is kept


async def test_nothing_is_answered_200_when_the_event_cannot_be_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder()
    async with serve(tmp_path / "log.sqlite", recorder) as (client, receiver):

        async def broken(**_: Any) -> bool:
            raise EventLogError("disk full")

        monkeypatch.setattr(receiver.log, "record", broken)
        response = await client.post("/webhook", data=event_body(), headers=with_key())
        assert response.status == 500  # the platform delivers it again
        monkeypatch.undo()
        await receiver.join()
        assert await receiver.log.events() == []
    assert recorder.calls == []


async def test_a_failing_handler_is_retried_with_backoff_then_marked_failed(
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    flaky = iter([RuntimeError("tenant busy"), None])

    def fail_once() -> None:
        error = next(flaky)
        if error is not None:
            raise error

    def always() -> None:
        raise ConnectionError("tenant down")

    recorder.answers = {UUID_A: fail_once, UUID_B: always}
    async with serve(tmp_path / "log.sqlite", recorder, retry=FAST) as (client, receiver):
        for uuid in (UUID_A, UUID_B):
            response = await client.post("/webhook", data=event_body(uuid), headers=with_key())
            assert response.status == 200
        await wait_for_status(receiver, UUID_A, EventStatus.APPLIED)
        await wait_for_status(receiver, UUID_B, EventStatus.FAILED)
        a = await receiver.log.get(UUID_A)
        b = await receiver.log.get(UUID_B)
        assert a is not None and b is not None
        assert (a.attempts, a.error) == (2, "RuntimeError: tenant busy")  # the failure is kept
        assert (b.attempts, b.error) == (3, "ConnectionError: tenant down")
        assert recorder.uuids.count(UUID_B) == 3
        assert await receiver.log.counts() == {
            EventStatus.PENDING: 0,
            EventStatus.APPLIED: 1,
            EventStatus.RECORDED_ONLY: 0,
            EventStatus.FAILED: 1,
        }
        # Once the cause is fixed, failed events go round again.
        recorder.answers.clear()
        assert await receiver.retry_failed() == 1
        await wait_for_status(receiver, UUID_B, EventStatus.APPLIED)
    assert recorder.uuids.count(UUID_B) == 4


def test_retry_delays_double_up_to_the_cap() -> None:
    retry = HandlerRetry(max_attempts=10, first_delay=1.0, max_delay=300.0)
    assert [retry.delay(n) for n in range(1, 11)] == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300]
    with pytest.raises(ValueError):
        HandlerRetry(max_attempts=0)
    with pytest.raises(ValueError):
        HandlerRetry(first_delay=float("nan"))


async def test_events_recorded_before_a_stop_are_applied_after_the_restart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.sqlite"
    started = anyio.Event()

    async def stuck(request: WebhookEventRequest) -> None:
        started.set()
        await anyio.sleep_forever()  # the process "dies" while applying

    async with serve(path, stuck) as (client, _):
        for uuid in (UUID_A, UUID_B):
            response = await client.post("/webhook", data=event_body(uuid), headers=with_key())
            assert response.status == 200
        with anyio.fail_after(5):
            await started.wait()
    # Stopped mid-handler: both events are still pending, nothing counted as an attempt.
    entries = await stored(path)
    assert [(e.uuid, e.status, e.attempts) for e in entries] == [
        (UUID_A, EventStatus.PENDING, 0),
        (UUID_B, EventStatus.PENDING, 0),
    ]
    recorder = Recorder()
    async with serve(path, recorder) as (_, receiver):
        await receiver.join()
    assert recorder.uuids == [UUID_A, UUID_B]
    assert [e.status for e in await stored(path)] == [EventStatus.APPLIED] * 2


CHILD_RECEIVER = """
import asyncio, sys
from aiohttp import web
from perfectgym_async import webhooks

async def stuck(request):
    await asyncio.Event().wait()

async def main():
    app = webhooks.create_app(api_key=sys.argv[2], log=sys.argv[1], handler=stuck)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(runner.addresses[0][1], flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


async def test_events_survive_a_killed_receiver_process(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite"
    command = [sys.executable, "-c", CHILD_RECEIVER, str(path), KEY]
    root = Path(__file__).resolve().parent.parent
    with subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            with anyio.fail_after(30):
                port = int(await anyio.to_thread.run_sync(child.stdout.readline))
            async with aiohttp.ClientSession() as session:
                for uuid in (UUID_A, UUID_B):
                    url = f"http://127.0.0.1:{port}/webhook"
                    async with session.post(url, data=event_body(uuid), headers=with_key()) as r:
                        assert r.status == 200
        finally:
            child.kill()  # SIGKILL: no cleanup, the WAL is left as it was
    recorder = Recorder()
    async with serve(path, recorder) as (_, receiver):
        await receiver.join()
    assert recorder.uuids == [UUID_A, UUID_B]


async def test_the_log_has_one_owner_and_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite"
    async with EventLog(path) as log:
        assert log._db is not None
        assert log._db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert log._db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        with pytest.raises(EventLogInUseError):
            await EventLog(path).open()
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_bytes(b"my notes")
    with pytest.raises(EventLogError, match="not an SQLite database"):
        await EventLog(not_sqlite).open()
    assert not_sqlite.read_bytes() == b"my notes"
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE customers (id INTEGER)")
    db.close()
    with pytest.raises(EventLogError, match="not a webhook event log"):
        await EventLog(other).open()


async def test_receiver_without_aiohttp_web(tmp_path: Path) -> None:
    """The shape a FastAPI/Starlette route uses: headers mapping plus a body stream."""
    recorder = Recorder()

    async def stream(body: bytes) -> AsyncIterator[bytes]:
        yield body[:10]
        yield body[10:]

    async with Receiver(api_key=KEY, log=tmp_path / "log.sqlite", handler=recorder) as receiver:
        receipt = await receiver.receive({"x-api-key": KEY}, stream(event_body()))
        assert receipt == webhooks.Receipt(200, "recorded", UUID_A)
        assert (await receiver.receive({"x-api-key": "no"}, event_body(UUID_B))).status == 401
        duplicate = await receiver.receive({"x-api-key": KEY}, event_body())
        assert duplicate.duplicate and duplicate.status == 200
        await receiver.join()
    assert recorder.uuids == [UUID_A]
    stopped = await receiver.receive({"x-api-key": KEY}, event_body(UUID_B))
    assert stopped.status == 503
