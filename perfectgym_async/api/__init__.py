"""Endpoint functions, one module per API tag.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from . import appointments, customers, customers_account, leads

__all__ = ["appointments", "customers", "customers_account", "leads"]
