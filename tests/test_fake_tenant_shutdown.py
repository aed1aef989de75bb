"""A fake tenant served from a thread stops cleanly, even with requests in flight."""

from __future__ import annotations

import contextlib
import gc
import logging
import threading

import pytest

from perfectgym_async import Client, errors
from perfectgym_async.testing import FakeTenant, Faults


def test_stopping_with_a_request_in_flight_leaves_no_pending_task(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")
    answered = threading.Event()
    with FakeTenant(customers=5, faults=Faults(latency=2.0)).serve_in_thread() as tenant:
        client = Client(tenant.base_url, tenant.api_key, max_retries=0, timeout=5)

        def slow_call() -> None:
            # The tenant goes away mid-answer: an SDK error is the expected end.
            with contextlib.suppress(errors.PerfectGymError):
                client.customers.get_customers()
            answered.set()

        caller = threading.Thread(target=slow_call, daemon=True)
        caller.start()
        while not tenant.requests:  # the request has reached the tenant
            threading.Event().wait(0.01)
    caller.join(10)
    client.close()
    gc.collect()
    assert answered.is_set()
    messages = [record.getMessage() for record in caplog.records]
    assert not [m for m in messages if "was destroyed but it is pending" in m], messages
