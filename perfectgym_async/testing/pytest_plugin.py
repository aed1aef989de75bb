"""pytest fixtures for code that talks to PerfectGym: a fresh fake tenant per test.

Enable in a conftest.py with
``pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]``. The fixtures
are async and need pytest-asyncio; they are declared with
``pytest_asyncio.fixture``, so they work in both its strict and auto modes.

* ``fake_tenant``: a running :class:`FakeTenant` with 50 customers (seed 0).
* ``fake_tenant_factory``: ``await fake_tenant_factory(customers=..., seed=...,
  faults=...)`` starts further tenants (any ``FakeTenant`` argument); all of
  them are closed when the test ends.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable
from typing import Any, Protocol

import pytest_asyncio

from ._tenant import FakeTenant

__all__ = ["FakeTenantFactory", "fake_tenant", "fake_tenant_factory"]


class FakeTenantFactory(Protocol):
    def __call__(self, **options: Any) -> Awaitable[FakeTenant]: ...


@pytest_asyncio.fixture
async def fake_tenant_factory() -> AsyncIterator[FakeTenantFactory]:
    """Start fake tenants on demand; every one is stopped after the test."""
    started: list[FakeTenant] = []

    async def start(**options: Any) -> FakeTenant:
        tenant = FakeTenant(**options)
        await tenant.start()
        started.append(tenant)
        return tenant

    try:
        yield start
    finally:
        for tenant in reversed(started):
            await tenant.aclose()


@pytest_asyncio.fixture
async def fake_tenant(fake_tenant_factory: FakeTenantFactory) -> FakeTenant:
    """A running fake tenant with 50 customers, fresh for each test."""
    return await fake_tenant_factory(customers=50, seed=0)
