"""perfectgym_async: an async-first SDK for the PerfectGym Next Open API.

Start with :class:`AsyncClient` (or :class:`Client` for blocking code)::

    async with AsyncClient("https://<tenant>.open-api.perfectgym.com", api_key) as client:
        balance = await client.customers_account.get_customers_account_balance_data(42)
"""

from . import api, errors, models
from ._client import AsyncClient
from ._ratelimit import RateLimit
from ._retry import RetryClass, RetryPolicy
from ._sync_client import Client
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    LoopThreadCallError,
    NotFoundError,
    PaginationError,
    PerfectGymError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnsafeRedirectError,
    WrongEventLoopError,
)
from .types import OpenEnum, Page, Timeout, ZonedDateTime

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "LoopThreadCallError",
    "NotFoundError",
    "OpenEnum",
    "Page",
    "PaginationError",
    "PerfectGymError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RetryClass",
    "RetryPolicy",
    "ServiceUnavailableError",
    "Timeout",
    "UnsafeRedirectError",
    "WrongEventLoopError",
    "ZonedDateTime",
    "__version__",
    "api",
    "errors",
    "models",
]
