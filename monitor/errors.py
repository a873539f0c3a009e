"""diplomon's error tree.

    DiplomonError
    ├── ConfigError        bad config, watchlist or command line; stops start-up
    ├── InputError         a bad post line or payload; reported and skipped
    ├── StoreError         Redis (or the embedded store) unreachable or refusing
    ├── ConnectorError     a platform source failed
    │   └── RateLimited    the platform asked us to wait (carries retry_after)
    └── SinkError          an alert receiver failed (carries retryable, reason)

Errors from redis, httpx, aiomqtt and aiosmtplib are translated into these at
the boundary of the module that calls them. Messages never contain secrets.
"""

from __future__ import annotations


class DiplomonError(Exception):
    """Base of every error diplomon raises on purpose."""


class ConfigError(DiplomonError):
    """The configuration is invalid; the message names the file and key."""


class InputError(DiplomonError):
    """One input record is malformed; the rest of the input goes on."""


class StoreError(DiplomonError):
    """The stream store cannot be reached or refused a command."""


class ConnectorError(DiplomonError):
    """A platform connector failed to fetch or parse."""


class RateLimited(ConnectorError):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SinkError(DiplomonError):
    """A receiver failed to take an alert.

    ``retryable`` says whether trying again later may succeed (429, 5xx,
    timeouts); ``reason`` is a short label for logs and metrics.
    """

    def __init__(
        self, message: str, *, retryable: bool, reason: str, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.reason = reason
        self.retry_after = retry_after
