"""Client options a newcomer reaches for: the base URL, per-call timeouts, a deadline for the
whole call, configuration from the environment, raw responses, tracing hooks, cheap copies
with other options, and the pytest plugin outside asyncio's auto mode."""

from __future__ import annotations

import asyncio
import importlib.metadata
import inspect
import logging
import re
import subprocess
import sys
import textwrap
import time
import typing
import warnings
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

import perfectgym_async
from perfectgym_async import (
    AsyncClient,
    Client,
    RateLimit,
    RawResult,
    RetryPolicy,
    Timeout,
    ZonedDateTime,
    _constants,
    _raw,
    api,
    errors,
    models,
)

from .conftest import API_KEY, LocalServer, Reply
from .keywalk import where_key_appears
from .test_spec_examples import API

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # pragma: no cover - the type checker reads this branch (python_version 3.10)
    from typing_extensions import assert_type

ROOT = Path(__file__).resolve().parent.parent
BALANCE = "/v1/customers/42/account/balances"
BALANCE_BODY = {"accountBalance": {"amount": 20, "currency": "EUR"}, "inDebtCollection": False}
RESTRICTION = "/v1/customers/7/access-restrictions"
TEST_FILES = ("test_client_options.py", "keywalk.py")


def make_client(server: LocalServer, **options: Any) -> AsyncClient:
    options.setdefault("rate_limit", None)
    return AsyncClient(server.base_url, API_KEY, **options)


async def balance(client: AsyncClient, **options: Any) -> models.CustomerAccountBalance:
    return await client.customers_account.get_customers_account_balance_data(42, **options)


def slow(seconds: float) -> Any:
    async def handler(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(seconds)
        return web.json_response(BALANCE_BODY)

    return handler


def assert_no_key(exc: BaseException) -> None:
    leaks = where_key_appears(exc, API_KEY, skip_files=TEST_FILES)
    assert not leaks, f"the key is reachable from the error at: {leaks}"


# ---------------------------------------------------------------- base URL


@pytest.mark.parametrize(
    "url",
    [
        "https://t.open-api.perfectgym.com/v1",
        "https://t.open-api.perfectgym.com/v1/",
        "https://t.open-api.perfectgym.com/V1",
        "https://gateway.example/perfectgym/v1/",
    ],
)
def test_a_base_url_ending_in_v1_is_refused_with_the_fix(url: str) -> None:
    expected = url.rstrip("/")[: -len("/v1")]
    with pytest.raises(ValueError, match="/v1") as info:
        AsyncClient(url, API_KEY)
    assert repr(expected) in str(info.value)
    with pytest.raises(ValueError, match="/v1"):
        Client(url, API_KEY)


def test_a_base_url_with_another_path_is_kept() -> None:
    client = AsyncClient("https://gateway.example/perfectgym/", API_KEY)
    assert client.base_url == "https://gateway.example/perfectgym/"


# ---------------------------------------------------------------- per-call timeout


async def test_a_per_call_timeout_may_be_a_number_of_seconds(server: LocalServer) -> None:
    server.reply("GET", BALANCE, slow(1.0))
    async with make_client(server, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            await balance(client, timeout=0.2)
        assert time.monotonic() - started < 0.8
        server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
        await client.customers_account.get_customers_account_balance_data(42, timeout=5)
        await client.customers_account.get_customers_account_balance_data(42, timeout=None)
        with pytest.raises(TypeError, match="timeout"):
            await balance(client, timeout="5")
        with pytest.raises(ValueError, match=r"Timeout\.total"):
            await balance(client, timeout=-1.0)


def test_every_generated_signature_takes_a_number_for_timeout() -> None:
    for op in API.operations:
        function = getattr(getattr(api, op.module), op.func_name)
        hints = typing.get_type_hints(function)
        assert hints["timeout"] == Timeout | float | None, op.operation_id
        assert hints["deadline"] == float | None, op.operation_id


# ---------------------------------------------------------------- deadline


async def test_the_deadline_bounds_a_slow_attempt_and_says_it_was_sent(
    server: LocalServer,
) -> None:
    server.reply("GET", BALANCE, slow(1.0))
    async with make_client(server, timeout=10) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError) as info:
            await balance(client, deadline=0.3)
        elapsed = time.monotonic() - started
    assert 0.25 <= elapsed < 1.0
    error = info.value
    assert error.sent is True
    assert "deadline of 0.3 s" in str(error)
    # Raised outside any except block: neither the cancellation nor aiohttp's state chains.
    assert error.__context__ is None and error.__cause__ is None
    assert_no_key(error)


async def test_the_deadline_bounds_retries_and_backoff(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(status=503, body={"errorMessage": "busy"}))
    policy = RetryPolicy(max_retries=50, initial_delay=0.2, max_delay=0.2)
    async with make_client(server, retry_policy=policy) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError) as info:
            await balance(client, deadline=0.6)
        elapsed = time.monotonic() - started
    assert elapsed < 0.8
    assert 2 <= len(server.requests) < 10
    assert info.value.sent is True
    # The retry that could not start in time is not waited for; the last failure is the cause.
    assert isinstance(info.value.__cause__, errors.ServiceUnavailableError)
    assert info.value.__context__ is None
    assert_no_key(info.value)


async def test_a_rate_limit_wait_past_the_deadline_fails_at_once_unsent(
    server: LocalServer,
) -> None:
    # The newcomer's case: the 1001st call of a minute would wait ~60 s for the budget.
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server, rate_limit=RateLimit(requests=2, window=60)) as client:
        await balance(client)
        await balance(client)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="rate-limit") as info:
            await balance(client, deadline=2.0)
        assert time.monotonic() - started < 0.5
    assert info.value.sent is False
    assert len(server.requests) == 2
    assert info.value.__context__ is None
    assert_no_key(info.value)


async def test_a_deadline_firing_during_a_limiter_wait_is_unsent(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limiter's estimate is a lower bound (another caller may take the freed unit), so
    # the cancel scope must also end a wait that looked short enough.
    from perfectgym_async import _ratelimit

    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server, rate_limit=RateLimit(requests=1, window=60)) as client:
        await balance(client)
        monkeypatch.setattr(_ratelimit.EndpointRateLimiter, "delay_for", lambda self, e: 0.1)
        with pytest.raises(errors.APITimeoutError) as info:
            await balance(client, deadline=0.35)
    assert info.value.sent is False
    assert info.value.__context__ is None
    assert_no_key(info.value)


async def test_a_client_wide_deadline_applies_to_every_call(server: LocalServer) -> None:
    server.reply("GET", BALANCE, slow(1.0))
    async with make_client(server, deadline=0.3) as client:
        assert client.deadline == 0.3
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 0\.3 s"):
            await balance(client)
        # A per-call deadline wins over the client's.
        server.reply("GET", BALANCE, slow(0.5))
        result = await balance(client, deadline=3)
    assert isinstance(result, models.CustomerAccountBalance)


async def test_a_deadline_on_an_iterator_bounds_each_slice(server: LocalServer) -> None:
    async def slow_slice(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1.0)
        return web.json_response({"result": [], "hasNext": False, "offset": "0"})

    server.reply("GET", "/v1/customers/42/account/transactions", slow_slice)
    async with make_client(server) as client:
        walk = client.customers_account.iter_customers_account_transaction_data(42, deadline=0.2)
        with pytest.raises(errors.APITimeoutError):
            async for _ in walk:
                pass


@pytest.mark.parametrize("value", [0, -1.0, float("nan"), float("inf"), 1e9, True, "5"])
async def test_absurd_deadlines_are_refused(server: LocalServer, value: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="deadline"):
        AsyncClient(server.base_url, API_KEY, deadline=value)
    async with make_client(server) as client:
        with pytest.raises((TypeError, ValueError), match="deadline"):
            await balance(client, deadline=value)
    assert server.requests == []


async def test_a_long_limiter_wait_is_logged_with_endpoint_and_seconds(
    server: LocalServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_constants, "LIMITER_LOG_THRESHOLD", 0.05)
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    caplog.set_level(logging.INFO, logger="perfectgym_async")
    async with make_client(server, rate_limit=RateLimit(requests=1, window=0.3)) as client:
        await balance(client)
        await balance(client)  # waits ~0.3 s for the budget
        await balance(client)  # and again, in the same window of the log's throttle
    waits = [r for r in caplog.records if getattr(r, "wait", None) is not None]
    assert len(waits) == 2
    first, second = waits
    assert first.levelno == logging.WARNING and second.levelno == logging.INFO
    assert first.endpoint == "GET /v1/customers/{customerId}/account/balances"  # type: ignore[attr-defined]
    assert 0.05 < first.wait <= 0.3  # type: ignore[attr-defined]
    assert "GET /v1/customers/{customerId}/account/balances: waiting 0." in first.getMessage()


async def test_the_blocking_client_takes_a_deadline(server: LocalServer) -> None:
    server.reply("GET", BALANCE, slow(1.0))

    def blocking() -> errors.APITimeoutError:
        with Client(server.base_url, API_KEY, rate_limit=None, deadline=0.3) as client:
            assert client.deadline == 0.3
            with pytest.raises(errors.APITimeoutError) as info:
                client.customers_account.get_customers_account_balance_data(42)
            return info.value

    error = await asyncio.to_thread(blocking)
    assert error.sent is True and error.__context__ is None
    assert_no_key(error)


# ---------------------------------------------------------------- environment, version


def test_the_url_and_key_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERFECTGYM_BASE_URL", "https://tenant.example")
    monkeypatch.setenv("PERFECTGYM_API_KEY", API_KEY)
    client = AsyncClient()
    assert client.base_url == "https://tenant.example"
    assert client._api_key.reveal() == API_KEY
    # An argument wins over its variable.
    assert AsyncClient("https://other.example").base_url == "https://other.example"
    with Client() as sync_client:
        assert sync_client.base_url == "https://tenant.example"


@pytest.mark.parametrize("factory", [AsyncClient, Client])
def test_without_arguments_or_variables_the_error_names_both(
    monkeypatch: pytest.MonkeyPatch, factory: Any
) -> None:
    monkeypatch.delenv("PERFECTGYM_BASE_URL", raising=False)
    monkeypatch.setenv("PERFECTGYM_API_KEY", "")  # empty counts as unset
    with pytest.raises(ValueError) as info:
        factory()
    message = str(info.value)
    assert "PERFECTGYM_BASE_URL" in message and "PERFECTGYM_API_KEY" in message
    monkeypatch.setenv("PERFECTGYM_API_KEY", API_KEY)
    with pytest.raises(ValueError, match="PERFECTGYM_BASE_URL") as info:
        factory()
    assert API_KEY not in str(info.value)


async def test_the_user_agent_carries_the_version(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server) as client:
        await balance(client)
    version = perfectgym_async.__version__
    assert version == importlib.metadata.version("perfectgym_async")
    assert server.requests[0].headers["User-Agent"] == f"perfectgym-async/{version}"


def _pyproject() -> str:
    return (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_fallback_version_is_pyproject_s() -> None:
    found = re.search(r'^version = "([^"]+)"$', _pyproject(), flags=re.M)
    assert found is not None
    assert found.group(1) == _constants.VERSION


# ---------------------------------------------------------------- raw responses


async def test_raw_responses_carry_status_headers_and_trace_id(server: LocalServer) -> None:
    server.reply(
        "GET", BALANCE, Reply(body=BALANCE_BODY, headers={"X-Trace-Id": "abc123", "X-Other": "1"})
    )
    server.reply("DELETE", RESTRICTION, Reply(status=204, body=b""))
    async with make_client(server) as client:
        raw = await client.with_raw_response.customers_account.get_customers_account_balance_data(
            42
        )
        assert_type(raw, RawResult[models.CustomerAccountBalance])
        assert_type(raw.parsed, models.CustomerAccountBalance)
        deleted = await client.with_raw_response.customers.delete_access_restriction(7)
        assert_type(deleted, RawResult[None])
        assert client.with_raw_response is client.with_raw_response  # made once
    assert raw.status == 200
    assert raw.trace_id == "abc123"
    assert raw.headers["x-other"] == "1"
    assert raw.parsed.account_balance is not None
    assert str(raw.parsed.account_balance.amount) == "20"
    assert deleted.status == 204 and deleted.parsed is None and deleted.trace_id is None


async def test_raw_responses_on_the_blocking_client(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY, headers={"X-Datadog-Trace-Id": "9"}))

    def blocking() -> RawResult[models.CustomerAccountBalance]:
        with Client(server.base_url, API_KEY, rate_limit=None) as client:
            raw = client.with_raw_response.customers_account.get_customers_account_balance_data(42)
            assert_type(raw, RawResult[models.CustomerAccountBalance])
            return raw

    raw = await asyncio.to_thread(blocking)
    assert raw.status == 200 and raw.trace_id == "9"
    assert isinstance(raw.parsed, models.CustomerAccountBalance)


async def test_a_raw_deprecated_operation_still_warns(server: LocalServer) -> None:
    server.reply("PUT", "/v1/customers/7/access-medium", Reply(body={}))
    async with make_client(server) as client:
        with pytest.warns(DeprecationWarning, match="addAccessMedium"):
            raw = await client.with_raw_response.customers.add_access_medium(
                7, {"type": "CARD", "value": "0123"}
            )
    assert raw.status == 200


def _raw_namespace(module: str, suffix: str, source: Any) -> type:
    cls: type = getattr(source, "".join(p.title() for p in module.split("_")) + suffix)
    return cls


def test_every_operation_has_a_raw_twin_on_both_clients() -> None:
    for op in API.operations:
        plain = getattr(getattr(api, op.module), op.func_name)
        expected = inspect.signature(plain, eval_str=True)
        plain_return = expected.return_annotation
        if plain_return is None:
            plain_return = type(None)  # RawResult[None] holds NoneType
        for cls in (
            _raw_namespace(op.module, "RawNamespace", _raw),
            _raw_namespace(op.module, "RawSyncNamespace", _raw),
        ):
            method = getattr(cls, op.func_name)
            actual = inspect.signature(method, eval_str=True)
            assert list(actual.parameters)[1:] == list(expected.parameters)[1:], op.operation_id
            assert typing.get_origin(actual.return_annotation) is RawResult, op.operation_id
            assert typing.get_args(actual.return_annotation) == (plain_return,), op.operation_id
    assert set(vars(_raw.AsyncRawResponses)) >= set(api.__all__)
    assert set(vars(_raw.RawResponses)) >= set(api.__all__)


# ---------------------------------------------------------------- tracing hooks


async def test_trace_configs_see_every_request(server: LocalServer) -> None:
    seen: list[tuple[str, str]] = []

    async def on_request_start(
        session: aiohttp.ClientSession, context: Any, params: aiohttp.TraceRequestStartParams
    ) -> None:
        seen.append((params.method, params.url.path))

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(on_request_start)
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    async with make_client(server, trace_configs=[trace]) as client:
        await balance(client)
        await client.with_options(deadline=5).customers_account.get_customers_account_balance_data(
            42
        )
    assert seen == [("GET", BALANCE), ("GET", BALANCE)]


async def test_a_deadline_error_holds_no_key_with_a_trace_config_attached(
    server: LocalServer,
) -> None:
    async def on_request_start(session: Any, context: Any, params: Any) -> None:
        context.headers = dict(params.headers)  # a hook may keep what it sees

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(on_request_start)
    server.reply("GET", BALANCE, slow(1.0))
    async with make_client(server, trace_configs=[trace]) as client:
        with pytest.raises(errors.APITimeoutError) as info:
            await balance(client, deadline=0.2)
    assert_no_key(info.value)


def test_trace_configs_are_checked() -> None:
    with pytest.raises(TypeError, match="trace_configs"):
        AsyncClient("https://t.example", API_KEY, trace_configs=aiohttp.TraceConfig())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="TraceConfig"):
        AsyncClient("https://t.example", API_KEY, trace_configs=[object()])  # type: ignore[list-item]


async def test_trace_configs_with_a_caller_session_are_refused() -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.raises(ValueError, match="trace_configs"):
            AsyncClient(
                "https://t.example", API_KEY, session=session, trace_configs=[aiohttp.TraceConfig()]
            )


async def test_the_blocking_client_passes_trace_configs(server: LocalServer) -> None:
    seen: list[str] = []

    async def on_request_start(session: Any, context: Any, params: Any) -> None:
        seen.append(params.url.path)

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(on_request_start)
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))

    def blocking() -> None:
        with Client(server.base_url, API_KEY, rate_limit=None, trace_configs=[trace]) as client:
            client.customers_account.get_customers_account_balance_data(42)

    await asyncio.to_thread(blocking)
    assert seen == [BALANCE]


# ---------------------------------------------------------------- with_options


async def test_with_options_shares_the_session_and_limiter(server: LocalServer) -> None:
    server.reply("GET", BALANCE, Reply(body=BALANCE_BODY))
    client = make_client(server, rate_limit=RateLimit(requests=100, window=60))
    quick = client.with_options(timeout=2, max_retries=1, deadline=5)
    assert isinstance(quick, AsyncClient)
    assert quick.timeout == Timeout(total=2, connect=2) and client.timeout == Timeout()
    assert quick.retry_policy.max_retries == 1 and client.retry_policy.max_retries == 4
    assert quick.deadline == 5 and client.deadline is None
    assert quick._limiter is client._limiter
    # The copy sends first: the session it creates is the original's.
    await balance(quick)
    session = client._session
    assert session is not None and quick._session is session
    await balance(client)
    # Namespaces are the copy's own, bound to its options.
    assert quick.customers_account is not client.customers_account
    assert quick.customers_account._client is quick
    await quick.aclose()
    assert quick.is_closed and not session.closed and not client.is_closed
    with pytest.raises(errors.ClientClosedError):
        await balance(quick)
    await balance(client)
    another = client.with_options(deadline=None)
    await client.aclose()
    assert session.closed
    with pytest.raises(errors.ClientClosedError):
        await balance(another)
    with pytest.raises(errors.ClientClosedError):
        client.with_options(timeout=1)


async def test_with_options_keeps_what_is_left_out(server: LocalServer) -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=0.01)
    async with make_client(server, timeout=3, deadline=9, retry_policy=policy) as client:
        copy = client.with_options(max_retries=5)
        assert copy.timeout == client.timeout and copy.deadline == 9
        assert copy.retry_policy == RetryPolicy(max_retries=5, initial_delay=0.01)
        unbounded = client.with_options(timeout=None, deadline=None)
        assert unbounded.timeout == Timeout(total=None, connect=None)
        assert unbounded.deadline is None
        with pytest.raises(TypeError):
            client.with_options(max_retries=1, retry_policy=policy)


async def test_a_copy_s_deadline_applies_to_its_calls(server: LocalServer) -> None:
    server.reply("GET", BALANCE, slow(0.6))
    async with make_client(server) as client:
        with pytest.raises(errors.APITimeoutError):
            await balance(client.with_options(deadline=0.2))
        assert isinstance(await balance(client), models.CustomerAccountBalance)


def test_an_unclosed_copy_does_not_warn() -> None:
    client = AsyncClient("https://t.example", API_KEY)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.with_options(deadline=1).__del__()


async def test_with_options_on_the_blocking_client(server: LocalServer) -> None:
    server.reply("GET", BALANCE, slow(0.5))

    def blocking() -> None:
        client = Client(server.base_url, API_KEY, rate_limit=None)
        quick = client.with_options(deadline=0.2, max_retries=0)
        assert isinstance(quick, Client)
        assert quick.deadline == 0.2 and client.deadline is None
        assert quick.retry_policy.max_retries == 0
        with pytest.raises(errors.APITimeoutError):
            quick.customers_account.get_customers_account_balance_data(42)
        assert isinstance(
            client.customers_account.get_customers_account_balance_data(42),
            models.CustomerAccountBalance,
        )
        walk = quick.with_options(deadline=5).customers_account
        walked = list(walk.iter_customers_account_transaction_data(42))
        assert walked == []
        quick.close()
        assert quick.is_closed and not client.is_closed
        with pytest.raises(errors.ClientClosedError):
            quick.customers_account.get_customers_account_balance_data(42)
        assert client.validate_api_key() is True
        other = client.with_options(timeout=3)
        client.close()
        assert other.is_closed
        with pytest.raises(errors.ClientClosedError):
            other.customers_account.get_customers_account_balance_data(42)

    server.reply(
        "GET",
        "/v1/customers/42/account/transactions",
        Reply(body={"result": [], "hasNext": False, "offset": "0"}),
    )
    server.reply("HEAD", "/v1/customers", Reply(status=200, body=b""))
    await asyncio.to_thread(blocking)


# ---------------------------------------------------------------- zoned date-times


def test_str_of_a_zoned_date_time_is_its_wire_text() -> None:
    text = "2022-06-22T08:00:00.000+02:00[Europe/Berlin]"
    value = ZonedDateTime.parse(text)
    assert str(value) == text
    assert f"{value}" == text
    assert str(ZonedDateTime.parse("2019-08-24T14:15:22Z")) == "2019-08-24T14:15:22Z"


# ---------------------------------------------------------------- the pytest plugin


def test_the_pytest_plugin_works_in_asyncio_strict_mode(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        'pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]\n', encoding="utf-8"
    )
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import pytest

            from perfectgym_async import AsyncClient


            @pytest.mark.asyncio
            async def test_balance(fake_tenant):
                async with AsyncClient(fake_tenant.base_url, fake_tenant.api_key) as client:
                    assert await client.validate_api_key()


            @pytest.mark.asyncio
            async def test_factory(fake_tenant_factory):
                tenant = await fake_tenant_factory(customers=3, seed=1)
                assert tenant.base_url.startswith("http://127.0.0.1")
            """
        ),
        encoding="utf-8",
    )
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "asyncio_mode=strict",
            # pytest-asyncio warns about this unset option in any project; not the plugin's.
            "-o",
            "asyncio_default_fixture_loop_scope=function",
            "-W",
            "error",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "2 passed" in completed.stdout


def test_the_testing_extra_brings_pytest_asyncio() -> None:
    found = re.search(r"^testing = \[(.*?)\]", _pyproject(), flags=re.M | re.S)
    assert found is not None
    assert '"pytest-asyncio' in found.group(1) and '"pytest>' in found.group(1)
