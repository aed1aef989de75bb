"""Shared fixtures: a real aiohttp.web server on 127.0.0.1 whose answers each test scripts."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs
import pytest
from aiohttp import web
from multidict import CIMultiDict

from perfectgym_async import _transport

API_KEY = "test-key-5f2b9c1e-do-not-leak"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@attrs.define
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: CIMultiDict[str]
    body: bytes
    #: The query string as sent, repeated keys included.
    raw_query: str = ""


@attrs.define
class Reply:
    status: int = 200
    body: Any = attrs.field(factory=dict)
    headers: dict[str, str] = attrs.field(factory=dict)

    def response(self) -> web.Response:
        raw = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        headers = {"Content-Type": "application/json", **self.headers}
        return web.Response(status=self.status, body=raw, headers=headers)


class LocalServer:
    """Answers (method, path) with scripted replies; the last reply repeats. Records requests."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._scripts: dict[tuple[str, str], list[Reply | Handler]] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reply(self, method: str, path: str, *replies: Reply | Handler) -> None:
        self._scripts[(method, path)] = list(replies)

    def hits(self, method: str, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path == path]

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests.append(
            Recorded(
                request.method,
                request.path,
                dict(request.query),
                CIMultiDict(request.headers),
                body,
                request.query_string,
            )
        )
        script = self._scripts.get((request.method, request.path))
        if not script:
            return web.json_response({"errorMessage": f"no script for {request.path}"}, status=404)
        step = script.pop(0) if len(script) > 1 else script[0]
        if isinstance(step, Reply):
            return step.response()
        return await step(request)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    local = LocalServer()
    await local.start()
    yield local
    await local.stop()


@pytest.fixture
async def other_server() -> AsyncIterator[LocalServer]:
    local = LocalServer()
    await local.start()
    yield local
    await local.stop()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff delays the transport asked for, recorded instead of waited out."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_transport, "_sleep", fake_sleep)
    return recorded
