"""Test helpers: a fake PerfectGym tenant served over real HTTP, and export verification.

``FakeTenant`` needs nothing beyond the SDK's own dependencies. The pytest
fixtures live in :mod:`perfectgym_async.testing.pytest_plugin`; enable them with
``pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]`` in a conftest.py.
"""

from ._data import (
    FakeAccessMedium,
    FakeAccessRestriction,
    FakeBalance,
    FakeBookableAppointment,
    FakeBooking,
    FakeCustomer,
    FakeLead,
    FakePayment,
    FakeTransaction,
    TenantData,
)
from ._faults import Faults
from ._state import TenantState
from ._studio_state import StudioState
from ._tenant import FakeTenant, RecordedRequest
from ._verify import VerificationResult, verify_export
from ._webhook_sender import SentEvent, WebhookFaults, WebhookSender, WebhookTarget

__all__ = [
    "FakeAccessMedium",
    "FakeAccessRestriction",
    "FakeBalance",
    "FakeBookableAppointment",
    "FakeBooking",
    "FakeCustomer",
    "FakeLead",
    "FakePayment",
    "FakeTenant",
    "FakeTransaction",
    "Faults",
    "RecordedRequest",
    "SentEvent",
    "StudioState",
    "TenantData",
    "TenantState",
    "VerificationResult",
    "WebhookFaults",
    "WebhookSender",
    "WebhookTarget",
    "verify_export",
]
