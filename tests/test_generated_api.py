"""The generated surface as a whole: every operation wrapped once on each client and in the
coverage table, enum arguments, deprecated operations, list parameters, file downloads."""

from __future__ import annotations

import asyncio
import inspect
import re
import warnings
from pathlib import Path

import pytest
from aiohttp import web

from perfectgym_async import AsyncClient, Client, api, errors, models

from .conftest import API_KEY, LocalServer, Reply
from .test_spec_examples import API

ROOT = Path(__file__).resolve().parent.parent


def test_every_operation_is_wrapped_once_everywhere() -> None:
    operations = API.operations
    assert len(operations) == 134
    assert len({op.operation_id for op in operations}) == 134
    async_functions = {
        (op.module, op.func_name)
        for op in operations
        if inspect.iscoroutinefunction(getattr(getattr(api, op.module), op.func_name, None))
    }
    sync_twins = {
        (op.module, op.func_name)
        for op in operations
        if callable(getattr(_sync_namespace(op.module), op.func_name, None))
    }
    coverage = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    wrapped_rows = re.findall(r"^\| [^|]+ \| `(\w+)` \|.*\| yes \|$", coverage, flags=re.M)
    assert len(async_functions) == len(sync_twins) == len(wrapped_rows) == len(operations)
    assert set(wrapped_rows) == {op.operation_id for op in operations}
    assert "Online offer operations" in coverage


def _sync_namespace(module: str) -> type:
    from perfectgym_async import _sync_client

    cls: type = getattr(
        _sync_client, "".join(p.title() for p in module.split("_")) + "SyncNamespace"
    )
    return cls


def test_every_sync_twin_takes_the_same_parameters() -> None:
    for op in API.operations:
        async_fn = getattr(getattr(api, op.module), op.func_name)
        sync_fn = getattr(_sync_namespace(op.module), op.func_name)
        expected = list(inspect.signature(async_fn).parameters)[1:]  # without the client
        assert list(inspect.signature(sync_fn).parameters)[1:] == expected, op.operation_id


async def test_a_plain_string_enum_argument_must_be_a_known_value(server: LocalServer) -> None:
    async with AsyncClient(server.base_url, API_KEY, rate_limit=None) as client:
        with pytest.raises(ValueError, match="MEMBER, PROSPECT, FORMER_MEMBER"):
            await client.customers.get_customers(customer_status="member")
    assert server.requests == []


async def test_an_enum_member_always_passes_even_one_newer_than_the_sdk(
    server: LocalServer,
) -> None:
    server.reply(
        "GET", "/v1/customers", Reply(body={"result": [], "hasNext": False, "offset": "0"})
    )
    async with AsyncClient(server.base_url, API_KEY, rate_limit=None) as client:
        await client.customers.get_customers(customer_status=models.CustomerStatus.PROSPECT)
        await client.customers.get_customers(customer_status=models.CustomerStatus("ARCHIVED"))
        await client.customers.get_customers(customer_status="FORMER_MEMBER")
    assert [r.query["customerStatus"] for r in server.requests] == [
        "PROSPECT",
        "ARCHIVED",
        "FORMER_MEMBER",
    ]


async def test_a_deprecated_operation_warns_once_per_call_on_both_clients(
    server: LocalServer,
) -> None:
    deprecated = [op for op in API.operations if op.deprecated]
    assert deprecated, "the spec marks at least addAccessMedium deprecated"
    op = next(o for o in deprecated if o.operation_id == "addAccessMedium")
    assert "Deprecated" in (getattr(api.customers, op.func_name).__doc__ or "")
    server.reply(op.method, op.path.replace("{customerId}", "7"), Reply(body={}))
    body = {"type": "CARD", "value": "0123"}
    async with AsyncClient(server.base_url, API_KEY, rate_limit=None) as client:
        with pytest.warns(DeprecationWarning, match="addAccessMedium"):
            await client.customers.add_access_medium(7, body)

    def blocking() -> list[warnings.WarningMessage]:
        # The blocking client runs in its own thread: this test's loop serves the requests.
        with (
            Client(server.base_url, API_KEY, rate_limit=None) as sync_client,
            warnings.catch_warnings(record=True) as caught,
        ):
            warnings.simplefilter("always")
            sync_client.customers.add_access_medium(7, body)
        return caught

    caught = await asyncio.to_thread(blocking)
    assert [w.category for w in caught] == [DeprecationWarning]
    assert caught[0].filename == __file__  # reported at the caller's line
    assert len(server.requests) == 2


async def test_list_query_parameters_are_sent_repeated(server: LocalServer) -> None:
    op = next(o for o in API.operations if o.operation_id == "getBenefits")
    multi = [p for p in op.query_params if p.multi]
    assert multi, "getBenefits takes a list of benefit keys"
    path = op.path.replace("{customerId}", "7")
    server.reply("GET", path, Reply(body=[]))
    async with AsyncClient(server.base_url, API_KEY, rate_limit=None) as client:
        kwargs = {multi[0].name: ["A", "B"]}
        await client.customers.get_benefits(7, **kwargs)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            await client.customers.get_benefits(7, **{multi[0].name: "A"})  # type: ignore[arg-type]
    (request,) = server.requests
    assert request.path == path
    assert request.raw_query == f"{multi[0].wire}=A&{multi[0].wire}=B"


async def test_a_document_downloads_as_bytes_and_streams_to_a_file_without_the_key(
    server: LocalServer, other_server: LocalServer, tmp_path: Path
) -> None:
    content = bytes(range(256)) * 1000
    seen_headers: list[dict[str, str]] = []

    async def file(request: web.Request) -> web.StreamResponse:
        seen_headers.append(dict(request.headers))
        return web.Response(body=content, content_type="application/pdf")

    other_server.reply("GET", "/files/doc-9.pdf", file)
    server.reply(
        "GET",
        "/v1/customers/7/documents/9",
        Reply(
            body={"id": 9, "fileName": "doc.pdf", "url": other_server.base_url + "/files/doc-9.pdf"}
        ),
    )
    async with AsyncClient(server.base_url, API_KEY, rate_limit=None) as client:
        assert await client.customers.download_document(7, 9) == content
        target = tmp_path / "doc.pdf"
        assert await client.customers.download_document_to(7, 9, destination=target) == len(content)
    assert target.read_bytes() == content
    assert not (tmp_path / "doc.pdf.part").exists()
    assert len(seen_headers) == 2
    assert all("X-API-KEY" not in {k.upper(): v for k, v in h.items()} for h in seen_headers)

    def blocking() -> bytes:
        with Client(server.base_url, API_KEY, rate_limit=None) as sync_client:
            return sync_client.customers.download_document(7, 9)

    assert await asyncio.to_thread(blocking) == content


async def test_a_download_larger_than_the_cap_must_be_streamed(
    server: LocalServer, other_server: LocalServer, tmp_path: Path
) -> None:
    content = b"x" * 300_000
    other_server.reply("GET", "/big", Reply(body=content))
    server.reply(
        "GET",
        "/v1/customers/7/documents/9",
        Reply(body={"id": 9, "url": other_server.base_url + "/big"}),
    )
    async with AsyncClient(
        server.base_url, API_KEY, rate_limit=None, max_response_size=100_000
    ) as client:
        with pytest.raises(errors.APIResponseValidationError, match="destination"):
            await client.customers.download_document(7, 9)
        written = await client.customers.download_document_to(7, 9, destination=tmp_path / "big")
    assert written == len(content) and (tmp_path / "big").read_bytes() == content
