"""Every default the SDK uses, in one place."""

from __future__ import annotations

#: Total time for one attempt of one request, in seconds.
DEFAULT_TOTAL_TIMEOUT = 30.0
#: Time to establish a connection, in seconds.
DEFAULT_CONNECT_TIMEOUT = 10.0

#: Retries after the first attempt (so up to 1 + DEFAULT_MAX_RETRIES attempts).
DEFAULT_MAX_RETRIES = 4
#: First backoff step; doubles with each attempt.
INITIAL_RETRY_DELAY = 0.5
#: No computed backoff step is longer than this.
MAX_RETRY_DELAY = 8.0
#: A server asking us to wait longer than this gets an immediate error instead,
#: whose ``retry_after`` says how long it asked for.
MAX_RETRY_AFTER = 120.0

#: The documented per-endpoint budget of the Open API.
DEFAULT_RATE_LIMIT_REQUESTS = 1000
DEFAULT_RATE_LIMIT_WINDOW = 60.0

#: Same-origin redirects followed before giving up.
MAX_REDIRECTS = 5

#: A response body larger than this fails with APIResponseValidationError instead of
#: filling memory; generous, since the largest documented slices are far smaller.
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024

#: How long a 429 without Retry-After holds its endpoint back: the API documents that
#: a spent budget stays spent for the rest of the minute.
RATE_LIMIT_PAUSE = 60.0

#: Connection pool size; the API's per-endpoint limit, not sockets, is the bottleneck.
DEFAULT_CONNECTION_LIMIT = 100

#: A rate-limit wait longer than this is logged (the call is not stuck, it is queued):
#: at WARNING at most once per endpoint in this many seconds, at INFO otherwise.
LIMITER_LOG_THRESHOLD = 1.0
LIMITER_WARNING_INTERVAL = 60.0

#: The longest ``deadline`` accepted, like the per-attempt timeouts.
LONGEST_DEADLINE = 86400.0

#: Environment variables read when ``AsyncClient()``/``Client()`` are given no URL or key.
BASE_URL_ENV = "PERFECTGYM_BASE_URL"
API_KEY_ENV = "PERFECTGYM_API_KEY"

#: The package version when its installed metadata cannot be read (a bare source
#: tree); kept equal to pyproject.toml's ``version`` by a test.
VERSION = "0.1.0"

API_KEY_HEADER = "X-API-KEY"
USER_AGENT_PRODUCT = "perfectgym-async"
LOGGER_NAME = "perfectgym_async"

_version: str | None = None


def version() -> str:
    """The installed package's version (read once; importlib.metadata is loaded lazily)."""
    global _version
    if _version is None:
        import importlib.metadata

        try:
            _version = importlib.metadata.version("perfectgym_async")
        except importlib.metadata.PackageNotFoundError:  # run from a source tree
            _version = VERSION
    return _version


def user_agent() -> str:
    """``perfectgym-async/<version>``."""
    return f"{USER_AGENT_PRODUCT}/{version()}"
