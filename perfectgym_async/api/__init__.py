"""Endpoint functions, one module per API tag.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from . import (
    appointments,
    checkin_vouchers,
    classes,
    cross_studio,
    customers,
    customers_account,
    customers_communication,
    customers_self_service,
    devices,
    employees,
    finance,
    leads,
    membership_self_service,
    memberships,
    payments,
    studios,
    trial_offers,
)

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
