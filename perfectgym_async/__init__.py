"""perfectgym_async: an async-first SDK for the PerfectGym Next Open API.

Start with :class:`AsyncClient` (or :class:`Client` for blocking code)::

    async with AsyncClient("https://<tenant>.open-api.perfectgym.com", api_key) as client:
        balance = await client.customers_account.get_customers_account_balance_data(42)
"""

from typing import TYPE_CHECKING, Any

from . import _constants, api, errors, models
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
from .types import OpenEnum, Page, RawResult, Timeout, WireModel, ZonedDateTime

if TYPE_CHECKING:
    #: The installed version (``importlib.metadata``), read on first access.
    __version__: str
else:

    def __getattr__(name: str) -> Any:
        # Lazy: importlib.metadata costs more to import than it is worth at start-up.
        if name == "__version__":
            return _constants.version()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "RawResult",
    "RetryClass",
    "RetryPolicy",
    "ServiceUnavailableError",
    "Timeout",
    "UnsafeRedirectError",
    "WireModel",
    "WrongEventLoopError",
    "ZonedDateTime",
    "__version__",
    "api",
    "errors",
    "models",
]
