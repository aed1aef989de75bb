"""Endpoint functions, one module per API tag.

``from perfectgym_async.api import customers`` (or ``perfectgym_async.api.customers``): each
module loads on first use, so importing the SDK does not load every tag's functions.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import appointments as appointments
    from . import checkin_vouchers as checkin_vouchers
    from . import classes as classes
    from . import cross_studio as cross_studio
    from . import customers as customers
    from . import customers_account as customers_account
    from . import customers_communication as customers_communication
    from . import customers_self_service as customers_self_service
    from . import devices as devices
    from . import employees as employees
    from . import finance as finance
    from . import leads as leads
    from . import membership_self_service as membership_self_service
    from . import memberships as memberships
    from . import payments as payments
    from . import studios as studios
    from . import trial_offers as trial_offers

__all__ = [
    "appointments",
    "checkin_vouchers",
    "classes",
    "cross_studio",
    "customers",
    "customers_account",
    "customers_communication",
    "customers_self_service",
    "devices",
    "employees",
    "finance",
    "leads",
    "membership_self_service",
    "memberships",
    "payments",
    "studios",
    "trial_offers",
]

if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
