"""The transport against real local servers: auth, retries, idempotency, redirects, redaction."""

from __future__ import annotations

import asyncio
import gc
import logging
import socket
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime as http_date
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from perfectgym_async import AsyncClient, RateLimit, Timeout, errors, models

from .conftest import API_KEY, LocalServer, Reply

BALANCE = "/v1/customers/42/account/balances"
PAYMENT = "/v1/customers/42/account/payment"
BALANCE_BODY = {"accountBalance": {"amount": 20, "currency": "EUR"}, "inDebtCollection": False}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def make_client(server: LocalServer, **options: object) -> AsyncClient:
    options.setdefault("rate_limit", None)
    return AsyncClient(server.base_url, API_KEY, **options)  # type: ignore[arg-type]


def payment_body() -> models.BookCustomerPaymentRequest:
    return models.BookCustomerPaymentRequest(
        payment_request_token="tok-1",
        amount=models.Money(amount=Decimal("19.99"), currency="EUR"),
    )


async def drop_connection(request: web.Request) -> web.StreamResponse:
    await request.read()
    assert request.transport is not None
    request.transport.close()
    await asyncio.sleep(0.05)
    return web.Response()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# ------------------------------------------------------------------ auth and headers


async def test_every_request_carries_the_key_and_language(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server, language="de") as client:
        await client.customers_account.get_customers_account_balance_data(42)
        await client.customers_account.get_customers_account_balance_data(customer_id=42)
    assert [r.headers["X-API-KEY"] for r in server.requests] == [API_KEY, API_KEY]
    assert all(r.headers["Accept-Language"] == "de" for r in server.requests)


async def test_no_language_header_unless_asked(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    assert "Accept-Language" not in server.requests[0].headers


async def test_validate_api_key_uses_head(server: LocalServer) -> None:
    server.reply("HEAD", "/v1/customers", Reply(status=200, body=b""))
    async with make_client(server) as client:
        assert await client.validate_api_key() is True
    server.reply("HEAD", "/v1/customers", Reply(status=401, body=b""))
    async with make_client(server) as client:
        assert await client.validate_api_key() is False
    assert {r.method for r in server.requests} == {"HEAD"}


@pytest.mark.parametrize(
    "url", ["http://example.com", "http://10.0.0.1:8080", "ftp://127.0.0.1", "example.com"]
)
def test_plain_http_is_refused_except_for_loopback(url: str) -> None:
    with pytest.raises(ValueError):
        AsyncClient(url, API_KEY)


@pytest.mark.parametrize(
    "url", ["https://tenant.open-api.perfectgym.com", "http://127.0.0.1:1", "http://localhost:1"]
)
def test_https_and_loopback_urls_are_accepted(url: str) -> None:
    AsyncClient(url, API_KEY)  # never used: no session is created, nothing to close


@pytest.mark.parametrize(("key", "exc"), [("", ValueError), ("a\r\nb", ValueError), (5, TypeError)])
def test_bad_api_key_is_refused(key: object, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        AsyncClient("https://x.example", key)  # type: ignore[arg-type]


# ------------------------------------------------------------------ redirects


async def test_redirect_to_another_origin_never_gets_the_key(
    server: LocalServer, other_server: LocalServer
) -> None:
    server.reply(
        "GET", BALANCE, Reply(status=302, headers={"Location": other_server.base_url + BALANCE})
    )
    other_server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server) as client:
        with pytest.raises(errors.UnsafeRedirectError) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    assert other_server.requests == []
    assert API_KEY not in str(info.value)


async def test_same_origin_redirect_is_followed_with_the_key(server: LocalServer) -> None:
    server.reply("GET", "/old", Reply(status=307, headers={"Location": BALANCE}))
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with AsyncClient(server.base_url + "/old/..", API_KEY, rate_limit=None) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    server.requests.clear()
    server.reply(
        "GET",
        BALANCE,
        Reply(status=301, headers={"Location": "/v1/customers/42/account/balances?x=1"}),
        Reply(body=BALANCE_BODY),
    )
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    assert len(server.requests) == 2
    assert server.requests[1].headers["X-API-KEY"] == API_KEY


# ------------------------------------------------------------------ redaction


async def test_key_never_appears_in_errors_logs_or_reprs(
    server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    echo = {"errorMessage": f"bad key {API_KEY}", "errorCode": "AUTH", "traceId": API_KEY}
    server.reply("GET", BALANCE, Reply(status=401, body=echo))
    caplog.set_level(logging.DEBUG)
    async with make_client(server) as client:
        assert API_KEY not in repr(client) and API_KEY not in str(vars(client))
        with pytest.raises(errors.AuthenticationError) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    chain: list[BaseException] = []
    exc: BaseException | None = info.value
    while exc is not None:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    for item in chain:
        assert API_KEY not in str(item) and API_KEY not in repr(item)
        assert API_KEY not in str(getattr(item, "body", ""))
    assert "***" in info.value.body
    assert caplog.records, "requests are logged at DEBUG"
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in str(record.__dict__)


# ------------------------------------------------------------------ retries


async def test_get_retries_5xx_with_backoff(server: LocalServer, sleeps: list[float]) -> None:
    server.reply("GET", BALANCE, Reply(status=503), Reply(status=502), Reply(body=BALANCE_BODY))
    async with make_client(server) as client:
        balance = await client.customers_account.get_customers_account_balance_data(42)
    assert balance.account_balance == models.Money(amount=Decimal(20), currency="EUR")
    assert len(server.requests) == 3
    assert len(sleeps) == 2 and 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


async def test_retry_after_seconds_is_honoured(server: LocalServer, sleeps: list[float]) -> None:
    server.reply(
        "GET", BALANCE, Reply(status=503, headers={"Retry-After": "3"}), Reply(body=BALANCE_BODY)
    )
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    assert sleeps == [3.0]


async def test_retry_after_http_date_is_honoured(server: LocalServer, sleeps: list[float]) -> None:
    when = http_date(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    server.reply(
        "GET", BALANCE, Reply(status=503, headers={"Retry-After": when}), Reply(body=BALANCE_BODY)
    )
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    assert len(sleeps) == 1 and 27 <= sleeps[0] <= 30


@pytest.mark.parametrize(
    ("status", "exc"), [(429, errors.RateLimitError), (503, errors.ServiceUnavailableError)]
)
async def test_retry_after_beyond_the_cap_fails_at_once(
    server: LocalServer, sleeps: list[float], status: int, exc: type[errors.APIStatusError]
) -> None:
    server.reply("GET", BALANCE, Reply(status=status, headers={"Retry-After": "600"}))
    async with make_client(server) as client:
        with pytest.raises(exc) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    assert info.value.retry_after == 600.0
    assert len(server.requests) == 1 and sleeps == []


async def test_gives_up_after_max_retries(server: LocalServer, sleeps: list[float]) -> None:
    server.reply("GET", BALANCE, Reply(status=500, body={"errorMessage": "boom", "traceId": "t-1"}))
    async with make_client(server, max_retries=2) as client:
        with pytest.raises(errors.InternalServerError) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    assert len(server.requests) == 3
    assert info.value.trace_id == "t-1" and info.value.error_message == "boom"


async def test_get_retries_a_dropped_connection(server: LocalServer, sleeps: list[float]) -> None:
    server.reply("GET", BALANCE, drop_connection, Reply(body=BALANCE_BODY))
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    assert len(server.requests) == 2


# ------------------------------------------------------------------ never pay twice


@pytest.mark.parametrize(
    "failure", [Reply(status=503), Reply(status=500), Reply(status=504), drop_connection]
)
async def test_payment_is_never_resent_after_the_server_may_have_acted(
    server: LocalServer, sleeps: list[float], failure: object
) -> None:
    server.reply("POST", PAYMENT, failure, Reply(body={}))  # type: ignore[arg-type]
    async with make_client(server) as client:
        with pytest.raises(errors.PerfectGymError):
            await client.customers_account.book_customer_payment(42, payment_body())
    assert len(server.hits("POST", PAYMENT)) == 1
    assert sleeps == []


async def test_payment_that_timed_out_is_not_resent(
    server: LocalServer, sleeps: list[float]
) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1.0)
        return web.json_response({})

    server.reply("POST", PAYMENT, slow)
    async with make_client(server) as client:
        with pytest.raises(errors.APITimeoutError) as info:
            await client.customers_account.book_customer_payment(
                42, payment_body(), timeout=Timeout(total=0.2)
            )
    assert info.value.sent is True
    assert len(server.hits("POST", PAYMENT)) == 1


async def test_payment_is_retried_after_429(server: LocalServer, sleeps: list[float]) -> None:
    server.reply("POST", PAYMENT, Reply(status=429, headers={"Retry-After": "1"}), Reply(body={}))
    async with make_client(server) as client:
        await client.customers_account.book_customer_payment(42, payment_body())
    hits = server.hits("POST", PAYMENT)
    assert len(hits) == 2 and hits[0].body == hits[1].body
    assert sleeps == [1.0]


async def test_payment_is_retried_when_the_connection_was_never_made(sleeps: list[float]) -> None:
    client = AsyncClient(f"http://127.0.0.1:{free_port()}", API_KEY, rate_limit=None, max_retries=2)
    async with client:
        with pytest.raises(errors.APIConnectionError) as info:
            await client.customers_account.book_customer_payment(42, payment_body())
    assert info.value.sent is False
    assert len(sleeps) == 2  # two retries: nothing reached a server, so resending is safe


async def test_validation_post_is_retried_like_a_get(
    server: LocalServer, sleeps: list[float]
) -> None:
    path = "/v1/leads/validate"
    server.reply("POST", path, Reply(status=503), Reply(body={"status": "POSSIBLE"}))
    async with make_client(server) as client:
        result = await client.leads.validate_for_lead_creation(
            {"leadCustomer": {"firstname": "Max", "lastname": "Mustermann", "email": "m@x.de"}}
        )
    assert result.status == "POSSIBLE"
    assert len(server.hits("POST", path)) == 2


# ------------------------------------------------------------------ timeouts


async def test_slow_get_times_out_and_per_call_timeout_overrides(
    server: LocalServer, sleeps: list[float]
) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.5)
        return web.json_response(BALANCE_BODY)

    server.reply("GET", BALANCE, slow)
    async with make_client(server, timeout=Timeout(total=5, connect=1), max_retries=1) as client:
        with pytest.raises(errors.APITimeoutError):
            await client.customers_account.get_customers_account_balance_data(
                42, timeout=Timeout(total=0.1)
            )
        assert len(server.requests) == 2  # a GET is retried after a timeout
        await client.customers_account.get_customers_account_balance_data(42)


# ------------------------------------------------------------------ multipart upload


async def test_image_upload_sends_the_same_complete_bytes_on_retry(
    server: LocalServer, sleeps: list[float], tmp_path: Path
) -> None:
    path = "/v1/customers/42/images"
    server.reply("PUT", path, Reply(status=503), Reply(body={"imageUrl": "https://img.example/1"}))
    async with make_client(server) as client:
        result = await client.customers.update_image(42, PNG)
    assert result.image_url == "https://img.example/1"
    first, second = server.hits("PUT", path)
    assert first.body == second.body
    assert first.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="image"' in first.body and b"Content-Type: image/png" in first.body
    assert PNG in first.body


async def test_image_upload_from_path_and_file_object(server: LocalServer, tmp_path: Path) -> None:
    path = "/v1/customers/42/images"
    server.reply("PUT", path, Reply(body={"imageUrl": "u"}))
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 100
    image_file = tmp_path / "face.jpg"
    image_file.write_bytes(jpeg)
    async with make_client(server) as client:
        await client.customers.update_image(42, image_file)
        with image_file.open("rb") as handle:
            await client.customers.update_image(42, handle)
    for hit in server.hits("PUT", path):
        assert jpeg in hit.body
        assert b'filename="face.jpg"' in hit.body and b"Content-Type: image/jpeg" in hit.body


@pytest.mark.parametrize(
    ("image", "exc"), [(b"", ValueError), (b"not an image", ValueError), (12, TypeError)]
)
async def test_bad_image_is_refused_before_sending(
    server: LocalServer, image: object, exc: type[Exception]
) -> None:
    async with make_client(server) as client:
        with pytest.raises(exc):
            await client.customers.update_image(42, image)  # type: ignore[arg-type]
    assert server.requests == []


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.APIStatusError),
    ],
)
async def test_status_maps_to_a_typed_error(
    server: LocalServer, status: int, exc: type[errors.APIStatusError]
) -> None:
    body = {
        "errorMessage": "Nope",
        "errorCode": "E.CODE",
        "traceId": "abc123",
        "reference": "customerId",
    }
    server.reply("GET", BALANCE, Reply(status=status, body=body))
    async with make_client(server) as client:
        with pytest.raises(exc) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    error = info.value
    assert type(error) is exc
    assert (error.status, error.error_message, error.error_code) == (status, "Nope", "E.CODE")
    assert (error.trace_id, error.reference) == ("abc123", "customerId")
    assert "abc123" in str(error) and "Nope" in str(error)


@pytest.mark.parametrize("body", [b"<html>Bad Gateway</html>", b""])
async def test_non_json_error_body_still_gives_a_useful_error(
    server: LocalServer, body: bytes
) -> None:
    server.reply("GET", BALANCE, Reply(status=404, body=body))
    async with make_client(server) as client:
        with pytest.raises(errors.NotFoundError) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    assert "404" in str(info.value) and "/v1/customers/{customerId}/account/balances" in str(
        info.value
    )
    assert info.value.body == body.decode()


async def test_invalid_json_in_a_2xx_is_a_validation_error(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=b"{not json"))
    async with make_client(server) as client:
        with pytest.raises(errors.APIResponseValidationError) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    assert info.value.operation == "getCustomersAccountBalanceData"


async def test_mismatching_2xx_names_the_field(server: LocalServer) -> None:
    server.reply(
        "GET",
        BALANCE,
        Reply(
            body={"accountBalance": {"amount": "lots", "currency": "EUR"}, "inDebtCollection": True}
        ),
    )
    async with make_client(server) as client:
        with pytest.raises(errors.APIResponseValidationError) as info:
            await client.customers_account.get_customers_account_balance_data(42)
    assert info.value.field_path == "$.account_balance.amount"


# ------------------------------------------------------------------ bad arguments


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"customer_id": "42"}, TypeError),
        ({"customer_id": True}, TypeError),
        ({"customer_id": -1}, ValueError),
        ({"customer_id": 42, "slice_size": 0}, ValueError),
        ({"customer_id": 42, "slice_size": 51}, ValueError),
        ({"customer_id": 42, "offset": ""}, ValueError),
    ],
)
async def test_bad_arguments_fail_before_anything_is_sent(
    server: LocalServer, kwargs: dict[str, object], exc: type[Exception]
) -> None:
    async with make_client(server) as client:
        with pytest.raises(exc):
            await client.customers_account.get_customers_account_transaction_data(**kwargs)  # type: ignore[arg-type]
        with pytest.raises(exc):
            client.customers_account.iter_customers_account_transaction_data(**kwargs)  # type: ignore[arg-type]
    assert server.requests == []


# ------------------------------------------------------------------ session lifecycle


async def test_session_is_created_lazily_and_closed_once(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    client = make_client(server)
    assert client._session is None
    await client.customers_account.get_customers_account_balance_data(42)
    session = client._session
    assert session is not None and not session.closed
    await client.aclose()
    await client.aclose()
    assert session.closed and client.is_closed
    with pytest.raises(errors.ClientClosedError):
        await client.customers_account.get_customers_account_balance_data(42)


async def test_caller_supplied_session_is_never_closed(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with aiohttp.ClientSession() as session:
        async with AsyncClient(
            server.base_url, API_KEY, session=session, rate_limit=None
        ) as client:
            await client.customers_account.get_customers_account_balance_data(42)
        assert not session.closed
        assert server.requests[0].headers["X-API-KEY"] == API_KEY


async def test_unclosed_client_warns(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    client = make_client(server)
    await client.customers_account.get_customers_account_balance_data(42)
    session = client._session
    assert session is not None
    with pytest.warns(ResourceWarning, match="unclosed AsyncClient"):
        client.__del__()
    await session.close()
    del client
    gc.collect()


# ------------------------------------------------------------------ logging


async def test_each_attempt_is_logged_with_its_details(
    server: LocalServer, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(
        "GET",
        BALANCE,
        Reply(status=503, body={"errorMessage": "busy", "traceId": "tr-9"}),
        Reply(body=BALANCE_BODY),
    )
    caplog.set_level(logging.DEBUG, logger="perfectgym_async")
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)
    records = [r for r in caplog.records if r.name == "perfectgym_async"]
    assert [(r.method, r.path_template, r.status, r.attempt) for r in records] == [  # type: ignore[attr-defined]
        ("GET", "/v1/customers/{customerId}/account/balances", 503, 1),
        ("GET", "/v1/customers/{customerId}/account/balances", 200, 2),
    ]
    assert records[0].trace_id == "tr-9"  # type: ignore[attr-defined]
    assert all(r.elapsed >= 0 for r in records)  # type: ignore[attr-defined]


# ------------------------------------------------------------------ rate limiting


async def test_429_pauses_only_its_own_endpoint(server: LocalServer) -> None:
    upcoming = "/v1/customers/42/account/transactions/upcoming"
    server.reply(
        "GET", BALANCE, Reply(status=429, headers={"Retry-After": "0.3"}), Reply(body=BALANCE_BODY)
    )
    server.reply("GET", upcoming, Reply(body={"result": [], "hasNext": False, "offset": "0"}))
    async with AsyncClient(
        server.base_url, API_KEY, rate_limit=RateLimit(requests=100, window=1.0)
    ) as client:
        loop = asyncio.get_running_loop()
        started = loop.time()
        slow = asyncio.ensure_future(
            client.customers_account.get_customers_account_balance_data(42)
        )
        await asyncio.sleep(0.05)
        await client.customers_account.get_customers_account_upcoming_data(42)
        other_done = loop.time() - started
        await slow
        paused_done = loop.time() - started
    assert other_done < 0.25 <= paused_done


async def test_every_resend_goes_through_the_sdk_retry_loop(
    server: LocalServer, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    # aiohttp on its own resends an idempotent request once when a pooled connection
    # drops; that hidden resend would skip the limiter, the retry budget and the log.
    server.reply(
        "GET", BALANCE, Reply(body=BALANCE_BODY), drop_connection, Reply(body=BALANCE_BODY)
    )
    caplog.set_level(logging.DEBUG, logger="perfectgym_async")
    async with make_client(server) as client:
        await client.customers_account.get_customers_account_balance_data(42)  # pools a connection
        await client.customers_account.get_customers_account_balance_data(42)
    attempts = [r for r in caplog.records if r.name == "perfectgym_async"]
    assert len(server.requests) == len(attempts) == 3


def test_a_client_used_in_a_second_event_loop_says_so(sleeps: list[float]) -> None:
    calls = 0

    async def answer(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        return web.json_response(BALANCE_BODY, headers={"Connection": "close"})

    async def scenario() -> None:
        server = LocalServer()
        server.reply("GET", BALANCE, answer)
        await server.start()
        client = make_client(server)
        try:
            await client.customers_account.get_customers_account_balance_data(42)

            def other_loop() -> None:
                async def use() -> None:
                    await client.customers_account.get_customers_account_balance_data(42)

                asyncio.run(use())

            with pytest.raises(errors.WrongEventLoopError, match="another event loop"):
                await asyncio.get_running_loop().run_in_executor(None, other_loop)
        finally:
            await client.aclose()
            await server.stop()

    asyncio.run(scenario())
    assert calls == 1  # the second loop's call never reached the network
