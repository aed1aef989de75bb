"""The SDK's promises under adversarial servers: the key never reachable from an error,
only SDK exceptions leave a call, bounds on what is sent and received, and a limiter
that a server counting arrivals agrees with."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import web

from perfectgym_async import AsyncClient, RateLimit, Timeout, errors, models
from perfectgym_async._retry import RetryPolicy

from .conftest import LocalServer, Reply
from .keywalk import key_forms, where_key_appears

#: A key with a '/' so that the JSON "\/" escaping is exercised too.
KEY = "Se/cret-9f8e7d6c5b4a"
BALANCE = "/v1/customers/42/account/balances"
PAYMENT = "/v1/customers/42/account/payment"
TEST_FILES = ("test_hardening.py", "keywalk.py")


def client_for(base_url: str, **options: Any) -> AsyncClient:
    options.setdefault("rate_limit", None)
    options.setdefault("max_retries", 0)
    return AsyncClient(base_url, KEY, **options)


def escaped(text: str) -> str:
    return "".join(f"\\u{ord(c):04X}" for c in text)


async def call_balance(client: AsyncClient) -> object:
    return await client.customers_account.get_customers_account_balance_data(42)


def assert_no_key(exc: BaseException) -> None:
    leaks = where_key_appears(exc, KEY, skip_files=TEST_FILES)
    assert not leaks, f"the key is reachable from the error at: {leaks}"


# ---------------------------------------------------------------- raw servers


class RawServer:
    """A TCP server answering every request with whatever bytes ``answer`` returns."""

    def __init__(self, answer: Callable[[bytes], Awaitable[bytes | None]]) -> None:
        self.answer = answer
        self.requests = 0
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = await reader.readexactly(length) if length else b""
                self.requests += 1
                reply = await self.answer(head + body)
                if reply is None:
                    break
                writer.write(reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()


def http(status_line: bytes, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    lines = [status_line]
    merged = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    merged.update(headers or {})
    lines += [f"{k}: {v}".encode() for k, v in merged.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


# ---------------------------------------------------------------- 2. the key


@pytest.mark.parametrize(
    "echo",
    [
        pytest.param(lambda k: escaped(k), id="unicode-escaped"),
        pytest.param(lambda k: escaped(k).lower().replace("\\u", "\\u"), id="lowercase-hex"),
        pytest.param(lambda k: k.replace("/", "\\/"), id="slash-escaped"),
        pytest.param(lambda k: escaped(k[:4]) + k[4:], id="half-escaped"),
        pytest.param(lambda k: k, id="plain"),
    ],
)
async def test_an_error_body_echoing_the_key_in_any_json_escaping_never_shows_it(
    server: LocalServer, echo: Callable[[str], str]
) -> None:
    body = (
        '{"errorMessage": "bad key ' + echo(KEY) + '", "traceId": "' + echo(KEY) + '"}'
    ).encode()
    server.reply("GET", BALANCE, Reply(status=401, body=body))
    async with client_for(server.base_url) as client:
        with pytest.raises(errors.AuthenticationError) as info:
            await call_balance(client)
    assert info.value.error_message == "bad key ***"
    assert_no_key(info.value)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(lambda k: json.dumps({"accountBalance": k}).encode(), id="field-value"),
        pytest.param(lambda k: f"<html><p>{k}</p></html>".encode(), id="html-page"),
        pytest.param(lambda k: ('{"accountBalance": "' + escaped(k) + '"}').encode(), id="escaped"),
    ],
)
async def test_a_2xx_body_echoing_the_key_never_shows_it_in_a_validation_error(
    server: LocalServer, body: Callable[[str], bytes]
) -> None:
    server.reply("GET", BALANCE, Reply(body=body(KEY)))
    async with client_for(server.base_url) as client:
        with pytest.raises(errors.APIResponseValidationError) as info:
            await call_balance(client)
    assert_no_key(info.value)


async def test_a_malformed_status_line_with_the_key_never_shows_it() -> None:
    async def answer(_: bytes) -> bytes:
        return b"HTTP/1.1 2x0 " + KEY.encode() + b"\r\nContent-Length: 0\r\n\r\n"

    async with RawServer(answer) as raw, client_for(raw.base_url) as client:
        with pytest.raises(errors.APIConnectionError) as info:
            await call_balance(client)
    # aiohttp's own exception holds the request headers: it must not be in the chain.
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert_no_key(info.value)


async def test_a_trace_id_header_echoing_the_key_stays_out_of_logs(
    server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(
        "GET",
        BALANCE,
        Reply(status=500, body={"errorMessage": "boom"}, headers={"X-Trace-Id": KEY}),
        Reply(body={"inDebtCollection": False}, headers={"X-Trace-Id": KEY}),
    )
    caplog.set_level(logging.DEBUG, logger="perfectgym_async")
    async with client_for(server.base_url, max_retries=1) as client:
        await call_balance(client)
    records = [r for r in caplog.records if r.name == "perfectgym_async"]
    assert len(records) == 2
    for record in records:
        text = record.getMessage() + repr(vars(record))
        assert not any(form in text for form in key_forms(KEY))


async def test_errors_from_every_path_hold_no_key_in_any_frame(server: LocalServer) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1)
        return web.json_response({})

    server.reply("GET", BALANCE, Reply(status=503, body={"errorMessage": KEY}))
    server.reply("POST", PAYMENT, slow)
    errors_seen: list[BaseException] = []
    async with client_for(server.base_url, timeout=0.2, max_retries=1) as client:
        with pytest.raises(errors.ServiceUnavailableError) as status_error:
            await call_balance(client)
        errors_seen.append(status_error.value)
        body = models.BookCustomerPaymentRequest(
            payment_request_token="t", amount=models.Money(amount=Decimal("1.00"), currency="EUR")
        )
        with pytest.raises(errors.APITimeoutError) as timeout_error:
            await client.customers_account.book_customer_payment(42, body)
        errors_seen.append(timeout_error.value)
    async with client_for("http://127.0.0.1:9") as client:
        with pytest.raises(errors.APIConnectionError) as refused:
            await call_balance(client)
        errors_seen.append(refused.value)
    for exc in errors_seen:
        assert_no_key(exc)


async def test_sentry_records_no_key_with_local_variables_on(server: LocalServer) -> None:
    sentry_sdk = pytest.importorskip("sentry_sdk")
    from sentry_sdk.transport import Transport

    captured: list[Any] = []

    class MemoryTransport(Transport):
        def capture_envelope(self, envelope: Any) -> None:
            captured.append(envelope.serialize())

    async def answer(_: bytes) -> bytes:
        return b"HTTP/1.1 2x0 " + KEY.encode() + b"\r\nContent-Length: 0\r\n\r\n"

    server.reply(
        "GET", BALANCE, Reply(status=400, body=('{"errorMessage":"' + escaped(KEY) + '"}').encode())
    )
    sentry_sdk.init(
        dsn="http://public@127.0.0.1:9/1",
        transport=MemoryTransport,
        include_local_variables=True,
        default_integrations=False,
        max_request_body_size="always",
    )
    try:
        async with client_for(server.base_url) as client:
            try:
                await call_balance(client)
            except errors.PerfectGymError as exc:
                sentry_sdk.capture_exception(exc)
        async with RawServer(answer) as raw, client_for(raw.base_url) as client:
            try:
                await call_balance(client)
            except errors.PerfectGymError as exc:
                sentry_sdk.capture_exception(exc)
        sentry_sdk.flush()
    finally:
        sentry_sdk.init()  # no DSN: the SDK is off again
    assert len(captured) == 2
    for envelope in captured:
        text = envelope.decode("utf-8", errors="replace")
        assert "frames" in text and "vars" in text  # local variables were recorded
        assert not any(form in text for form in key_forms(KEY))


# ---------------------------------------------------------------- 5. only SDK exceptions


async def test_a_retry_after_date_no_calendar_holds_is_ignored(server: LocalServer) -> None:
    server.reply(
        "GET",
        BALANCE,
        Reply(
            status=503,
            body={},
            headers={"Retry-After": "Sun, 06 Nov 10000000000000000000 08:49:37 GMT"},
        ),
        Reply(body={"inDebtCollection": False}),
    )
    async with client_for(server.base_url, max_retries=1) as client:
        client.retry_policy = RetryPolicy(max_retries=1, initial_delay=0.01)
        balance = await call_balance(client)
    assert isinstance(balance, models.CustomerAccountBalance)


@pytest.mark.parametrize("status", [400, 200])
async def test_a_50000_deep_body_is_an_sdk_error(server: LocalServer, status: int) -> None:
    deep = b"[" * 50_000 + b"]" * 50_000
    server.reply("GET", BALANCE, Reply(status=status, body=deep))
    async with client_for(server.base_url) as client:
        with pytest.raises(errors.PerfectGymError):
            await call_balance(client)


@pytest.mark.parametrize("location", ["http://[::1", "http://127.0.0.1:99999/x", "http://%zz/"])
async def test_a_malformed_location_is_an_sdk_error(server: LocalServer, location: str) -> None:
    server.reply("GET", BALANCE, Reply(status=302, body=b"", headers={"Location": location}))
    async with client_for(server.base_url) as client:
        with pytest.raises(errors.PerfectGymError):
            await call_balance(client)


async def test_calls_in_flight_when_the_client_closes_end_with_client_closed(
    server: LocalServer,
) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.5)
        return web.json_response({"inDebtCollection": False})

    server.reply("GET", BALANCE, slow)
    client = client_for(server.base_url)
    calls = [asyncio.ensure_future(call_balance(client)) for _ in range(5)]
    await asyncio.sleep(0.1)
    await client.aclose()
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(o, errors.ClientClosedError) for o in outcomes), outcomes


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e300, -1.0, 0.0])
def test_absurd_timeouts_are_refused_at_construction(value: float) -> None:
    with pytest.raises(ValueError):
        Timeout(total=value)
    with pytest.raises(ValueError):
        AsyncClient("https://tenant.example", KEY, timeout=value)


# ---------------------------------------------------------------- 8. bounds


@pytest.mark.parametrize("customer_id", [10**200, 2**63, -1])
async def test_ids_outside_int64_or_negative_are_refused_before_sending(
    server: LocalServer, customer_id: int
) -> None:
    async with client_for(server.base_url) as client:
        with pytest.raises(ValueError, match="customer_id"):
            await client.customers_account.get_customers_account_balance_data(customer_id)
    assert server.requests == []


@pytest.mark.parametrize("chunked", [False, True])
async def test_a_body_over_the_cap_fails_without_filling_memory(
    server: LocalServer, chunked: bool
) -> None:
    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        if not chunked:
            response.content_length = 8 * 1024 * 1024
        await response.prepare(request)
        chunk = b" " * 65536
        try:
            for _ in range(128):
                await response.write(chunk)
        except ConnectionError:
            pass
        return response

    server.reply("GET", BALANCE, huge)
    async with client_for(server.base_url, max_response_size=1024 * 1024) as client:
        with pytest.raises(errors.APIResponseValidationError, match="max_response_size"):
            await call_balance(client)


def test_the_default_cap_is_generous() -> None:
    from perfectgym_async import _constants

    assert _constants.DEFAULT_MAX_RESPONSE_SIZE >= 64 * 1024 * 1024


# ---------------------------------------------------------------- 7. the limiter


class ArrivalCounter:
    """Counts request arrivals in a sliding window, as the server's limiter does."""

    def __init__(self, window: float) -> None:
        self.window = window
        self.arrivals: list[float] = []

    def worst_window(self) -> int:
        times = sorted(self.arrivals)
        worst, start = 0, 0
        for end, at in enumerate(times):
            while at - times[start] >= self.window:
                start += 1
            worst = max(worst, end - start + 1)
        return worst


@pytest.fixture
async def arrival_server() -> AsyncIterator[tuple[LocalServer, ArrivalCounter]]:
    counter = ArrivalCounter(window=0.5)

    async def handler(request: web.Request) -> web.StreamResponse:
        counter.arrivals.append(time.monotonic())
        await asyncio.sleep(random.uniform(0, 0.02))
        return web.json_response({"inDebtCollection": False})

    local = LocalServer()
    local.reply("GET", BALANCE, handler)
    await local.start()
    yield local, counter
    await local.stop()


@pytest.mark.parametrize("warm", [False, True])
async def test_a_server_counting_arrivals_never_sees_more_than_the_limit(
    arrival_server: tuple[LocalServer, ArrivalCounter], warm: bool
) -> None:
    server, counter = arrival_server
    limit = RateLimit(requests=100, window=0.5)
    async with client_for(server.base_url, rate_limit=limit) as client:
        if warm:
            await asyncio.gather(*(call_balance(client) for _ in range(100)))
            await asyncio.sleep(0.6)
            counter.arrivals.clear()
        await asyncio.gather(*(call_balance(client) for _ in range(400)))
    assert len(counter.arrivals) == 400
    assert counter.worst_window() <= 100


async def test_retry_after_zero_still_backs_off(server: LocalServer) -> None:
    hits: list[float] = []

    async def too_many(request: web.Request) -> web.StreamResponse:
        hits.append(time.monotonic())
        return web.json_response(
            {"errorMessage": "slow down"}, status=503, headers={"Retry-After": "0"}
        )

    server.reply("GET", BALANCE, too_many)
    policy = RetryPolicy(max_retries=2, initial_delay=0.2, max_delay=0.2)
    async with client_for(server.base_url, retry_policy=policy) as client:
        results = await asyncio.gather(
            *(call_balance(client) for _ in range(50)), return_exceptions=True
        )
    assert all(isinstance(r, errors.ServiceUnavailableError) for r in results)
    assert len(hits) == 150
    first, last = min(hits), max(hits)
    # Two rounds of retries, each after at least half the 0.2 s floor (full jitter).
    assert last - first >= 0.2


async def test_a_429_without_retry_after_pauses_at_most_max_retry_after(
    server: LocalServer,
) -> None:
    server.reply(
        "GET",
        BALANCE,
        Reply(status=429, body={"errorMessage": "budget spent"}),
        Reply(body={"inDebtCollection": False}),
    )
    policy = RetryPolicy(max_retries=1, initial_delay=0.01, max_retry_after=0.3)
    async with client_for(server.base_url, rate_limit=RateLimit(), retry_policy=policy) as client:
        started = time.monotonic()
        await call_balance(client)
        waited = time.monotonic() - started
    assert 0.3 <= waited < 5


# ---------------------------------------------------------------- 5. fuzzing


def _fuzz_reply(rng: random.Random, request: bytes) -> bytes | None:
    choice = rng.random()
    if choice < 0.05:
        return None  # drop the connection
    statuses = [b"200 OK", b"201 Created", b"204 No Content", b"301 Moved", b"302 Found",
                b"400 Bad", b"401 No", b"404 Gone", b"409 Conflict", b"429 Slow", b"500 Err",
                b"503 Busy", b"2x0 odd", b"999 What", b"-1 Neg", b"", b"200"]  # fmt: skip
    status = rng.choice(statuses)
    bodies = [b"", b"{}", b'{"inDebtCollection": false}', b"[" * 5000 + b"]" * 5000,
              b'{"errorMessage": "x", "errorCode": 5}', b"\xff\xfe\x00garbage", b"null",
              b'{"accountBalance": {"amount": 1e999999, "currency": "EUR"}}',
              b'{"result": [], "hasNext": true, "offset": 7}', b"NaN",
              rng.randbytes(rng.randint(0, 300))]  # fmt: skip
    body = rng.choice(bodies)
    headers: list[bytes] = []
    if rng.random() < 0.5:
        headers.append(b"Retry-After: " + rng.choice(
            [b"0", b"-5", b"1e400", b"nan", b"Sun, 06 Nov 10000000000000000000 08:49:37 GMT",
             b"Wed, 21 Oct 2015 07:28:00 GMT", b"0.01", b"soon"]))  # fmt: skip
    if rng.random() < 0.3:
        headers.append(b"Location: " + rng.choice(
            [b"http://[::1", b"http://127.0.0.1:99999/", b"/v1/customers/42/account/balances",
             b"https://elsewhere.example/", b"\x00", b"//"]))  # fmt: skip
    length_mode = rng.random()
    if length_mode < 0.7:
        headers.append(b"Content-Length: " + str(len(body)).encode())
    elif length_mode < 0.8:
        headers.append(
            b"Content-Length: " + rng.choice([b"-1", b"abc", b"99999999999999999999", b"3"])
        )
    if rng.random() < 0.2:
        headers.append(
            b"Content-Encoding: " + rng.choice([b"gzip", b"deflate", b"br", b"zstd", b"bogus"])
        )
    if length_mode >= 0.8 and rng.random() < 0.5:
        headers.append(b"Transfer-Encoding: chunked")
    return b"HTTP/1.1 " + status + b"\r\n" + b"\r\n".join(headers) + b"\r\n\r\n" + body


async def test_fuzzed_answers_end_every_call_in_a_value_or_an_sdk_error() -> None:
    rng = random.Random(20261202)
    sane = False

    async def answer(request: bytes) -> bytes | None:
        if sane:
            return http(b"HTTP/1.1 200 OK", b'{"inDebtCollection": false}')
        return _fuzz_reply(rng, request)

    policy = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001, max_retry_after=0.01)
    async with (
        RawServer(answer) as raw,
        client_for(
            raw.base_url, timeout=Timeout(total=0.2, connect=0.2), retry_policy=policy
        ) as client,
    ):
        payment = models.BookCustomerPaymentRequest(
            payment_request_token="t", amount=models.Money(amount=Decimal("1.00"), currency="EUR")
        )
        unexpected: list[BaseException] = []
        for _ in range(200):
            call: Awaitable[object]
            pick = rng.random()
            if pick < 0.5:
                call = call_balance(client)
            elif pick < 0.75:
                call = client.customers_account.book_customer_payment(42, payment)
            else:
                call = client.customers_account.get_customers_account_transaction_data(42)
            try:
                await call
            except errors.PerfectGymError:
                pass
            except BaseException as exc:  # anything else is the bug
                unexpected.append(exc)
        assert not unexpected, [f"{type(e).__name__}: {e}" for e in unexpected[:5]]
        sane = True
        balance = await call_balance(client)  # the client is still usable
    assert isinstance(balance, models.CustomerAccountBalance)
