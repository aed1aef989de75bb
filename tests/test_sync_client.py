"""The blocking ``Client`` against a real aiohttp server on 127.0.0.1.

The server runs in its own thread and loop and answers every operation of
spec/openapi.yaml with the spec's example. A few path values change its
behaviour: ``MISSING_ID`` answers 404, ``SLOW_ID`` holds the response until the
test releases it, and any sliced list asked for with ``sliceSize`` serves
``2 * sliceSize + 1`` synthetic items (ids 1..N), so iteration takes three slices.
"""

from __future__ import annotations

import _thread
import asyncio
import collections.abc
import contextlib
import functools
import gc
import inspect
import logging
import os
import re
import subprocess
import sys
import textwrap
import threading
import time
import typing
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from aiohttp import web

import perfectgym_async
from perfectgym_async import AsyncClient, Client, ClientClosedError, NotFoundError, Page, api
from perfectgym_async.errors import LoopThreadCallError

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))

API_KEY = "test-key"
MISSING_ID = 404
SLOW_ID = 999
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
METHODS = ("get", "head", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    module: str
    func_name: str
    #: The documented 200 example; None when the spec gives none.
    example: Any
    #: Whether the 200 response has a JSON body at all.
    json_body: bool
    request_example: Any
    sliced: bool
    deprecated: bool
    #: ``x-download``: the operation has ``download_*`` and ``download_*_to`` companions.
    download: bool


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", re.sub(r"[^0-9A-Za-z]+", "_", name)).lower()


def _spec_operations() -> list[SpecOperation]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            raw = item[method]
            ok = raw["responses"]["200"]
            content = (ok.get("content") or {}).get("application/json")
            body = (raw.get("requestBody") or {}).get("content", {}).get("application/json")
            found.append(
                SpecOperation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    module=_snake(raw["tags"][0]),
                    func_name=_snake(raw["operationId"]),
                    example=None if content is None else content.get("example"),
                    json_body=content is not None,
                    request_example=None if body is None else body.get("example"),
                    sliced="x-slice" in raw,
                    deprecated=bool(raw.get("deprecated")),
                    download="x-download" in raw,
                )
            )
    return found


OPERATIONS = _spec_operations()
SLICED = [op for op in OPERATIONS if op.sliced]


# ---------------------------------------------------------------- the server


@dataclass
class Seen:
    operation_id: str
    method: str
    path: str
    query: dict[str, str]


@dataclass
class SpecServer:
    base_url: str = ""
    seen: list[Seen] = field(default_factory=list)
    #: Set when a request for SLOW_ID reaches the server.
    slow_arrived: threading.Event = field(default_factory=threading.Event)
    #: Set to let held SLOW_ID requests answer.
    released: threading.Event = field(default_factory=threading.Event)
    #: Set when the client hung up on a held request (it cancelled the call).
    hung_up: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def requests_for(self, operation_id: str) -> list[Seen]:
        with self.lock:
            return [s for s in self.seen if s.operation_id == operation_id]

    def reset(self) -> None:
        with self.lock:
            self.seen.clear()


def _synthetic_slice(op: SpecOperation, query: Any) -> dict[str, Any]:
    # Ids run 1..N, so "id of the last item" and "running position" are the same
    # number and one rule serves both offset styles.
    size = int(query["sliceSize"])
    total = _walk_length(size)
    start = int(query.get("offset", "0"))
    end = min(start + size, total)
    template = op.example["result"][0]
    items = [{**template, "id": n} for n in range(start + 1, end + 1)]
    return {"result": items, "hasNext": end < total, "offset": str(end)}


def _walk_length(slice_size: int) -> int:
    return 2 * slice_size + 1


def _smallest_slice(op: SpecOperation) -> int:
    raw = SPEC["paths"][op.path][op.method.lower()]
    (size,) = [p["schema"]["minimum"] for p in raw["parameters"] if p["name"] == "sliceSize"]
    return int(size)


def _handler(
    spec_server: SpecServer, op: SpecOperation
) -> Callable[[web.Request], typing.Awaitable[web.StreamResponse]]:
    async def handle(request: web.Request) -> web.StreamResponse:
        with spec_server.lock:
            spec_server.seen.append(
                Seen(op.operation_id, request.method, request.path, dict(request.query))
            )
        if request.headers.get("X-API-KEY") != API_KEY:
            return web.json_response({"errorMessage": "Invalid API key"}, status=401)
        ids = set(request.match_info.values())
        if str(MISSING_ID) in ids:
            return web.json_response(
                {"errorMessage": "Entity not found", "errorCode": "NOT_FOUND", "traceId": "t-404"},
                status=404,
            )
        # A walk that starts at offset "0" gets its first slice at once and then waits.
        if str(SLOW_ID) in ids and request.query.get("offset") != "0":
            spec_server.slow_arrived.set()
            deadline = time.monotonic() + 20
            while not spec_server.released.is_set() and time.monotonic() < deadline:
                if request.transport is None or request.transport.is_closing():
                    spec_server.hung_up.set()
                    break
                await asyncio.sleep(0.01)
        if op.sliced and "sliceSize" in request.query:
            return web.json_response(_synthetic_slice(op, request.query))
        if op.example is not None:
            return web.json_response(op.example)
        if op.json_body:
            return web.json_response({})
        return web.Response()

    return handle


def _serve(
    spec_server: SpecServer, ready: threading.Event, stop: list[Callable[[], object]]
) -> None:
    loop = asyncio.new_event_loop()
    app = web.Application()
    # Literal segments first: .../idle-periods/remaining is not .../idle-periods/{idlePeriodId}.
    for op in sorted(OPERATIONS, key=lambda op: [p.startswith("{") for p in op.path.split("/")]):
        app.router.add_route(op.method, op.path, _handler(spec_server, op))
        if op.method == "GET":
            app.router.add_route("HEAD", op.path, _handler(spec_server, op))
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    spec_server.base_url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    stop.append(lambda: loop.call_soon_threadsafe(loop.stop))
    ready.set()
    try:
        loop.run_forever()
    finally:
        loop.run_until_complete(runner.cleanup())
        loop.close()


@pytest.fixture(scope="module")
def spec_server() -> Iterator[SpecServer]:
    state = SpecServer()
    ready = threading.Event()
    stop: list[Callable[[], object]] = []
    thread = threading.Thread(target=_serve, args=(state, ready, stop), daemon=True)
    thread.start()
    assert ready.wait(10), "test server did not start"
    try:
        yield state
    finally:
        state.released.set()
        stop[0]()
        thread.join(30)


@pytest.fixture(autouse=True)
def _fresh_server_state(request: pytest.FixtureRequest) -> Iterator[None]:
    if "spec_server" not in request.fixturenames:
        yield
        return
    state: SpecServer = request.getfixturevalue("spec_server")
    state.reset()
    state.slow_arrived.clear()
    state.released.clear()
    state.hung_up.clear()
    try:
        yield
    finally:
        state.released.set()


@pytest.fixture(autouse=True)
def _no_logged_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Leaks that asyncio or aiohttp only log (a task destroyed while pending, an
    exception never retrieved, an unclosed session), and an abandoned iterator that
    failed to close on the loop thread, fail the test too."""
    caplog.set_level(logging.WARNING)
    yield
    bad = [
        r
        for r in caplog.get_records("call") + caplog.get_records("teardown")
        if (r.levelno >= logging.ERROR and r.name.split(".")[0] in ("asyncio", "aiohttp"))
        or (r.levelno >= logging.WARNING and r.name.split(".")[0] == "perfectgym_async")
    ]
    assert not bad, [r.getMessage() for r in bad]


@pytest.fixture
def client(spec_server: SpecServer) -> Iterator[Client]:
    with Client(spec_server.base_url, API_KEY) as sync_client:
        yield sync_client


@pytest.fixture
def session_closes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts aiohttp.ClientSession.close calls (made on the client's loop thread)."""
    calls: list[int] = []
    original = aiohttp.ClientSession.close

    async def counting_close(self: aiohttp.ClientSession) -> None:
        calls.append(1)
        await original(self)

    monkeypatch.setattr(aiohttp.ClientSession, "close", counting_close)
    return calls


def _loop_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "perfectgym-sync-loop"}


def _interrupt_main_when(event: threading.Event, delay: float = 0.0) -> threading.Thread:
    """Ctrl-C for the main thread once ``event`` is set (a request reached the server)."""

    def fire() -> None:
        if event.wait(10):
            time.sleep(delay)
            _thread.interrupt_main()

    timer = threading.Thread(target=fire, daemon=True)
    timer.start()
    return timer


# ---------------------------------------------------------------- arguments and types


def _arguments(op: SpecOperation, method: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """Values for the required parameters: ids are 1, bodies are the spec's examples."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.default is not inspect.Parameter.empty:
            continue
        if param.name == "body":
            value: Any = op.request_example
        elif param.annotation == "FileInput":
            value = PNG
        elif param.annotation == "str":
            value = "x"
        elif "Mapping" in str(param.annotation):  # the JSON part of a multipart body
            value = {"startDate": "2024-01-01", "reasonId": 1}
        else:
            assert param.annotation == "int", (op.operation_id, param)
            value = 1
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    return args, kwargs


def _assert_is(value: Any, expected: Any) -> None:
    origin = typing.get_origin(expected)
    if expected is None:
        assert value is None
    elif origin is Page:
        assert isinstance(value, Page)
        (item,) = typing.get_args(expected)
        assert value.result and all(type(i) is item for i in value.result)
    elif origin is list:
        (item,) = typing.get_args(expected)
        assert isinstance(value, list) and value
        assert all(type(i) is item for i in value)
    elif origin is dict:
        assert isinstance(value, dict)
    else:
        assert type(value) is expected


def _api_function(module: str, name: str) -> Callable[..., Any]:
    found: Callable[..., Any] = getattr(getattr(api, module), name)
    return found


# ---------------------------------------------------------------- every operation


SEED_OPERATIONS = {
    "getCustomersAccountBalanceData", "getCustomersAccountTransactionData",
    "getCustomersAccountUpcomingData", "bookCustomerPayment", "updateCustomerPaymentInstrument",
    "getLeadConfig", "validateForLeadCreation", "createLead", "getBookableAppointments",
    "getBookableAppointment", "getBookableAppointmentSlots", "validateForAppointmentBooking",
    "bookAppointmentBooking", "getAppointmentBooking", "deleteAppointmentBooking",
    "getAppointmentBookings", "getCustomers", "getCustomerById", "updateImage",
    "setAccessRestriction", "deleteAccessRestriction",
}  # fmt: skip


def test_spec_has_the_seed_operations() -> None:
    assert {op.operation_id for op in OPERATIONS} >= SEED_OPERATIONS
    assert len(OPERATIONS) == 134
    assert len({(op.module, op.func_name) for op in OPERATIONS}) == 134


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_every_operation_returns_its_model(
    spec_server: SpecServer, client: Client, op: SpecOperation
) -> None:
    method = getattr(getattr(client, op.module), op.func_name)
    args, kwargs = _arguments(op, method)

    # A deprecated operation says so on every call.
    def warned() -> contextlib.AbstractContextManager[object]:
        return pytest.warns(DeprecationWarning) if op.deprecated else contextlib.nullcontext()

    with warned():
        result = method(*args, **kwargs)

    async_function = _api_function(op.module, op.func_name)
    expected = inspect.signature(async_function, eval_str=True).return_annotation
    _assert_is(result, expected)
    (request,) = spec_server.requests_for(op.operation_id)
    assert request.method == op.method

    async def through_async_client() -> Any:
        async with AsyncClient(spec_server.base_url, API_KEY) as async_client:
            return await getattr(getattr(async_client, op.module), op.func_name)(*args, **kwargs)

    with warned():
        assert result == asyncio.run(through_async_client())


@pytest.mark.parametrize("op", SLICED, ids=[op.operation_id for op in SLICED])
def test_iter_companions_walk_every_slice(
    spec_server: SpecServer, client: Client, op: SpecOperation
) -> None:
    name = "iter_" + op.func_name.removeprefix("get_")
    method = getattr(getattr(client, op.module), name)
    args, kwargs = _arguments(op, method)

    size = _smallest_slice(op)
    iterator = method(*args, slice_size=size, **kwargs)
    assert isinstance(iterator, collections.abc.Iterator)
    items = list(iterator)

    (item_type, _) = typing.get_args(
        inspect.signature(_api_function(op.module, name), eval_str=True).return_annotation
    )
    assert len(items) == _walk_length(size)
    if all(hasattr(item, "id") for item in items):  # items without an id of their own aside
        assert [item.id for item in items] == list(range(1, _walk_length(size) + 1))
    assert all(type(item) is item_type for item in items)
    offsets = [s.query.get("offset") for s in spec_server.requests_for(op.operation_id)]
    assert offsets == [None, str(size), str(2 * size)]


def test_iter_arguments_are_checked_before_anything_is_sent(
    spec_server: SpecServer, client: Client
) -> None:
    with pytest.raises(ValueError, match="slice_size"):
        client.customers_account.iter_customers_account_transaction_data(1, slice_size=500)
    assert spec_server.seen == []


def test_validate_api_key(spec_server: SpecServer, client: Client) -> None:
    assert client.validate_api_key() is True
    with Client(spec_server.base_url, "wrong-key") as wrong:
        assert wrong.validate_api_key() is False


# ---------------------------------------------------------------- parity with the async side


def _signature(function: Callable[..., Any], *, skip_first: bool) -> inspect.Signature:
    signature = inspect.signature(function, eval_str=True)
    params = list(signature.parameters.values())[1 if skip_first else 0 :]
    return signature.replace(parameters=params)


def _sync_return(async_return: Any) -> Any:
    if typing.get_origin(async_return) is collections.abc.AsyncGenerator:
        (item, _) = typing.get_args(async_return)
        return collections.abc.Generator[item, None, None]  # type: ignore[valid-type]
    return async_return


def _assert_twin(async_function: Callable[..., Any], sync_function: Callable[..., Any]) -> None:
    """Same parameters (names, kinds, defaults, annotations); the matching return type."""
    is_iter = async_function.__name__.startswith("iter_")
    assert inspect.iscoroutinefunction(async_function) != is_iter, async_function
    assert not inspect.iscoroutinefunction(sync_function)
    expected = _signature(async_function, skip_first=True)
    actual = _signature(sync_function, skip_first=True)
    assert [(p.name, p.kind, p.default, p.annotation) for p in actual.parameters.values()] == [
        (p.name, p.kind, p.default, p.annotation) for p in expected.parameters.values()
    ], async_function.__qualname__
    assert actual.return_annotation == _sync_return(expected.return_annotation)


def _namespaces(cls: type) -> dict[str, type]:
    """Namespace attributes by name: annotated ones and (cached) properties alike."""
    hints = typing.get_type_hints(cls)
    found = {name: hint for name, hint in hints.items() if name in api.__all__}
    for name in api.__all__:
        attribute = inspect.getattr_static(cls, name, None)
        if isinstance(attribute, (property, functools.cached_property)):
            getter = attribute.fget if isinstance(attribute, property) else attribute.func
            found[name] = typing.get_type_hints(getter)["return"]
    return found


def _public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    return {n: f for n, f in vars(cls).items() if inspect.isfunction(f) and not n.startswith("_")}


def test_every_async_function_has_a_sync_twin() -> None:
    sync_namespaces = _namespaces(Client)
    assert set(sync_namespaces) == set(api.__all__)
    checked = 0
    for module_name in api.__all__:
        module = getattr(api, module_name)
        twins = _public_methods(sync_namespaces[module_name])
        assert set(twins) == set(module.__all__), module_name
        for name in module.__all__:
            _assert_twin(getattr(module, name), twins[name])
            checked += 1
    downloads = [op for op in OPERATIONS if op.download]
    assert checked == len(OPERATIONS) + len(SLICED) + 2 * len(downloads)


def test_every_async_client_method_has_a_sync_twin() -> None:
    async_namespaces = _namespaces(AsyncClient)
    sync_namespaces = _namespaces(Client)
    assert set(async_namespaces) == set(sync_namespaces)
    for name, async_cls in async_namespaces.items():
        async_methods = _public_methods(async_cls)
        sync_methods = _public_methods(sync_namespaces[name])
        assert set(async_methods) == set(sync_methods), name
        for method_name, method in async_methods.items():
            _assert_twin(method, sync_methods[method_name])
    _assert_twin(AsyncClient.validate_api_key, Client.validate_api_key)


def test_client_options_are_those_of_async_client_but_the_session() -> None:
    expected = _signature(AsyncClient.__init__, skip_first=True).parameters
    actual = _signature(Client.__init__, skip_first=True).parameters
    assert [p for n, p in expected.items() if n != "session"] == list(actual.values())


def test_client_is_exported() -> None:
    assert perfectgym_async.Client is Client
    assert "Client" in perfectgym_async.__all__


# ---------------------------------------------------------------- iteration stopping early


def test_break_stops_fetching(spec_server: SpecServer, client: Client) -> None:
    op = "getCustomersAccountTransactionData"
    taken = []
    for entry in client.customers_account.iter_customers_account_transaction_data(7, slice_size=3):
        taken.append(entry.id)
        if len(taken) == 4:
            break
    assert taken == [1, 2, 3, 4]
    time.sleep(0.3)
    offsets = [s.query.get("offset") for s in spec_server.requests_for(op)]
    # Slice 3 may have been prefetched while slice 2 was read (its request can still
    # land just after the break); nothing after it is ever asked for.
    assert offsets[:2] == [None, "3"]
    assert set(offsets) <= {None, "3", "6"}
    time.sleep(0.3)
    assert len(spec_server.requests_for(op)) == len(offsets)
    assert client.customers_account.get_customers_account_balance_data(7).dunning_level


def test_break_cancels_the_prefetch_in_flight(spec_server: SpecServer, client: Client) -> None:
    op = "getCustomersAccountTransactionData"
    taken = []
    # The first slice comes at once; the server holds the prefetched second one.
    walk = client.customers_account.iter_customers_account_transaction_data(
        SLOW_ID, slice_size=3, offset=0
    )
    for entry in walk:
        taken.append(entry.id)
        assert spec_server.slow_arrived.wait(10)
        break
    started = time.monotonic()
    del walk  # what leaving the loop's scope does; closes the async iterator
    assert time.monotonic() - started < 5, "closing waited for the held slice"
    assert spec_server.hung_up.wait(5)
    time.sleep(0.3)
    assert taken == [1]
    assert [s.query.get("offset") for s in spec_server.requests_for(op)] == ["0", "3"]
    assert client.customers_account.get_customers_account_balance_data(7).dunning_level


def test_closing_the_iterator_explicitly(spec_server: SpecServer, client: Client) -> None:
    iterator = client.customers_account.iter_customers_account_upcoming_data(1, slice_size=2)
    assert next(iterator).id == 1
    iterator.close()
    with pytest.raises(StopIteration):
        next(iterator)
    time.sleep(0.2)
    offsets = {
        s.query.get("offset") for s in spec_server.requests_for("getCustomersAccountUpcomingData")
    }
    assert offsets <= {None, "2"}


def test_an_iterator_keeps_its_client_running(spec_server: SpecServer) -> None:
    client = Client(spec_server.base_url, API_KEY)
    iterator = client.customers_account.iter_customers_account_transaction_data(1, slice_size=4)
    del client
    gc.collect()
    # Only when the walk is over does the forgotten client get closed (and warn).
    with pytest.warns(ResourceWarning, match="unclosed Client"):
        assert [entry.id for entry in iterator] == list(range(1, _walk_length(4) + 1))


# ---------------------------------------------------------------- threads and event loops


def test_eight_threads_share_one_client(spec_server: SpecServer, client: Client) -> None:
    threads, calls = 8, 50
    barrier = threading.Barrier(threads)
    failures: list[BaseException] = []
    expected = client.customers_account.get_customers_account_balance_data(1)
    spec_server.reset()

    def work(index: int) -> None:
        try:
            barrier.wait()
            for call in range(calls):
                customer = 1000 * (index + 1) + call
                balance = client.customers_account.get_customers_account_balance_data(customer)
                assert balance == expected
        except BaseException as exc:
            failures.append(exc)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert not failures, failures
    paths = sorted(s.path for s in spec_server.seen)
    assert paths == sorted(
        f"/v1/customers/{1000 * (i + 1) + c}/account/balances"
        for i in range(threads)
        for c in range(calls)
    )


async def test_usable_inside_a_running_event_loop(spec_server: SpecServer) -> None:
    asyncio.get_running_loop()  # this is the situation of a Jupyter cell or an async framework
    with Client(spec_server.base_url, API_KEY) as client:
        balance = client.customers_account.get_customers_account_balance_data(1)
        assert balance.in_debt_collection is True
        assert len(list(client.customers.iter_customers(slice_size=50))) == _walk_length(50)
        assert client.validate_api_key() is True


def test_survives_the_event_loops_of_its_callers(spec_server: SpecServer) -> None:
    async def make() -> Client:
        created = Client(spec_server.base_url, API_KEY)
        created.leads.get_lead_config()
        return created

    client = asyncio.run(make())  # that loop is closed now; the client's own is not
    try:
        assert client.leads.get_lead_config().address_mode is not None

        async def use() -> None:
            client.leads.get_lead_config()

        asyncio.run(use())
    finally:
        client.close()


def test_a_call_from_the_clients_own_loop_thread_raises(spec_server: SpecServer) -> None:
    caught: list[BaseException] = []
    client = Client(spec_server.base_url, API_KEY)

    class Reentrant(logging.Handler):
        """A log handler runs on the loop thread, where blocking would deadlock."""

        def emit(self, record: logging.LogRecord) -> None:
            for attempt in (
                client.leads.get_lead_config,
                lambda: client.customers.iter_customers(),
                client.close,
            ):
                try:
                    attempt()
                except LoopThreadCallError as exc:
                    caught.append(exc)

    logger = logging.getLogger("perfectgym_async")
    handler = Reentrant(logging.DEBUG)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        assert client.customers_account.get_customers_account_balance_data(1)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        client.close()
    assert len(caught) == 3
    assert all(isinstance(exc, RuntimeError) and "AsyncClient" in str(exc) for exc in caught)


# ---------------------------------------------------------------- errors


def test_api_error_is_raised_in_the_calling_thread(spec_server: SpecServer, client: Client) -> None:
    with pytest.raises(NotFoundError) as info:
        client.customers.get_customer_by_id(MISSING_ID)
    assert info.value.status == 404
    assert info.value.error_code == "NOT_FOUND"
    assert info.value.trace_id == "t-404"
    functions = [entry.name for entry in info.traceback]
    # The traceback runs from this test through the facade into the transport.
    assert functions[0] == "test_api_error_is_raised_in_the_calling_thread"
    assert "get_customer_by_id" in functions and "send" in functions

    raised: list[BaseException] = []

    def in_a_thread() -> None:
        try:
            client.customers.get_customer_by_id(MISSING_ID)
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=in_a_thread)
    worker.start()
    worker.join(10)
    assert [type(exc) for exc in raised] == [NotFoundError]


def test_api_error_while_iterating(spec_server: SpecServer, client: Client) -> None:
    with pytest.raises(NotFoundError):
        for _ in client.customers_account.iter_customers_account_upcoming_data(MISSING_ID):
            pass
    assert client.leads.get_lead_config()


def test_bad_options_fail_before_any_thread_starts() -> None:
    before = _loop_threads()
    with pytest.raises(ValueError, match="https"):
        Client("http://example.com", API_KEY)
    with pytest.raises(ValueError, match="api_key"):
        Client("https://example.com", "  ")
    assert _loop_threads() == before


# ---------------------------------------------------------------- closing


def test_close_twice_closes_the_session_once_and_stops_the_thread(
    spec_server: SpecServer, session_closes: list[int]
) -> None:
    before = _loop_threads()
    client = Client(spec_server.base_url, API_KEY)
    assert len(_loop_threads() - before) == 1
    client.leads.get_lead_config()
    client.close()
    client.close()
    assert client.is_closed
    assert session_closes == [1]
    assert _loop_threads() == before


def test_context_manager_closes(spec_server: SpecServer, session_closes: list[int]) -> None:
    with Client(spec_server.base_url, API_KEY) as client:
        assert repr(client) == f"<Client base_url='{spec_server.base_url}' api_key=<redacted>>"
        assert API_KEY not in repr(client)
        client.leads.get_lead_config()
    assert client.is_closed
    assert session_closes == [1]


def test_use_after_close_raises_client_closed_error(spec_server: SpecServer) -> None:
    client = Client(spec_server.base_url, API_KEY)
    pending = client.customers_account.iter_customers_account_transaction_data(1, slice_size=2)
    assert next(pending).id == 1
    client.close()
    for attempt in (
        lambda: client.leads.get_lead_config(),
        lambda: client.customers.iter_customers(),
        client.validate_api_key,
        lambda: next(pending),
        lambda: client.__enter__(),
    ):
        with pytest.raises(ClientClosedError, match="closed"):
            attempt()
    assert spec_server.requests_for("getLeadConfig") == []


def test_close_fails_calls_in_flight_with_client_closed_error(spec_server: SpecServer) -> None:
    client = Client(spec_server.base_url, API_KEY)
    outcome: list[BaseException] = []

    def slow_call() -> None:
        try:
            client.customers_account.get_customers_account_balance_data(SLOW_ID)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=slow_call)
    worker.start()
    assert spec_server.slow_arrived.wait(10)
    started = time.monotonic()
    client.close()
    worker.join(10)
    assert time.monotonic() - started < 5
    assert [type(exc) for exc in outcome] == [ClientClosedError]
    assert "in flight" in str(outcome[0])
    assert spec_server.hung_up.wait(5)


def test_unclosed_client_is_closed_by_its_finaliser(
    spec_server: SpecServer, session_closes: list[int]
) -> None:
    before = _loop_threads()
    client = Client(spec_server.base_url, API_KEY)
    (loop_thread,) = _loop_threads() - before
    client.leads.get_lead_config()
    with pytest.warns(ResourceWarning) as record:
        del client
        gc.collect()
    assert [str(w.message) for w in record] == [
        "unclosed Client; use 'with Client(...) as client:' or call client.close()"
    ]
    # The finaliser only queues the shutdown (a finaliser must not wait): it
    # completes on the loop thread, which then ends.
    loop_thread.join(10)
    assert not loop_thread.is_alive()
    assert session_closes == [1]
    assert _loop_threads() == before


def test_unclosed_client_does_not_hang_the_interpreter(spec_server: SpecServer) -> None:
    script = textwrap.dedent(
        f"""
        import perfectgym_async
        client = perfectgym_async.Client({spec_server.base_url!r}, {API_KEY!r})
        client.leads.get_lead_config()
        walk = client.customers_account.iter_customers_account_upcoming_data(1, slice_size=2)
        next(walk)
        forgotten = perfectgym_async.Client({spec_server.base_url!r}, {API_KEY!r})
        forgotten.leads.get_lead_config()
        del forgotten
        print("done", flush=True)
        """
    )
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-W", "always::ResourceWarning", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "done\n"
    assert completed.stderr.count("unclosed Client") == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    assert "Unclosed" not in completed.stderr
    assert time.monotonic() - started < 30


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_gets_an_error_not_a_hang(spec_server: SpecServer, client: Client) -> None:
    client.leads.get_lead_config()
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # forking a threaded process
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            client.leads.get_lead_config()
        except ClientClosedError as exc:
            code = 0 if "os.fork()" in str(exc) else 2
        except BaseException:
            code = 3
        os.write(write_end, bytes([code]))
        os._exit(0)
    os.close(write_end)
    try:
        deadline = time.monotonic() + 20
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                pytest.fail("the forked child hung")
            time.sleep(0.02)
        assert os.read(read_end, 1) == b"\x00"
    finally:
        os.close(read_end)
    assert client.leads.get_lead_config()


# ---------------------------------------------------------------- Ctrl-C


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread(), reason="needs the main thread"
)
def test_ctrl_c_during_a_call_returns_promptly(spec_server: SpecServer, client: Client) -> None:
    timer = _interrupt_main_when(spec_server.slow_arrived)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        client.customers_account.get_customers_account_balance_data(SLOW_ID)
    assert time.monotonic() - started < 5
    timer.join(10)
    # The interrupted call was cancelled (its connection dropped); the client carries on.
    assert spec_server.hung_up.wait(5)
    assert client.customers_account.get_customers_account_balance_data(1).dunning_level


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread(), reason="needs the main thread"
)
def test_ctrl_c_while_iterating(spec_server: SpecServer, client: Client) -> None:
    taken: list[int] = []
    # The first slice comes at once; the prefetched second one is held by the server.
    timer = _interrupt_main_when(spec_server.slow_arrived, delay=0.2)
    with pytest.raises(KeyboardInterrupt):
        for entry in client.customers_account.iter_customers_account_transaction_data(
            SLOW_ID, slice_size=3, offset=0
        ):
            taken.append(entry.id)
    timer.join(10)
    assert taken == [1, 2, 3]
    assert spec_server.hung_up.wait(5)  # the held prefetch was cancelled
    walk = client.customers_account.iter_customers_account_transaction_data(1, slice_size=6)
    assert len(list(walk)) == _walk_length(6)
