"""HTTP delivery shared by the Slack and webhook sinks.

Status classes follow Alertmanager's Retrier, plus 429 honoured: 2xx is
delivered; 429 is retryable after ``Retry-After``; 408 and 5xx are
retryable; other 4xx are final. Timeouts and connection failures are
retryable. Errors name the receiver and the status, never the URL, which
may itself be the secret.
"""

from __future__ import annotations

import json
import logging
import re

import httpx

from monitor.errors import SinkError
from monitor.secrets import Secret, redact

_REASON = re.compile(r"[a-z_]{2,40}")
MAX_RETRY_AFTER = 3600.0


class _RedactFilter(logging.Filter):
    """httpx logs each request URL at INFO; a webhook URL is a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


logging.getLogger("httpx").addFilter(_RedactFilter())


def retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a Retry-After header or Slack's JSON ``retry_after``."""
    raw = response.headers.get("retry-after")
    if raw is None:
        try:
            raw = json.loads(response.content[:4096]).get("retry_after")
        except (ValueError, AttributeError):
            return None
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return None
    return min(max(value, 0.0), MAX_RETRY_AFTER)


def _reason_from_body(response: httpx.Response, default: str) -> str:
    """A short label from the body (Slack says e.g. ``channel_is_archived``)."""
    text = response.content[:200].decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
        text = str(data.get("error", "")) if isinstance(data, dict) else ""
    except ValueError:
        pass
    return text if _REASON.fullmatch(text) else default


def check_response(name: str, response: httpx.Response) -> None:
    """Raise SinkError unless the response means delivered."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status == 429:
        wait = retry_after(response)
        raise SinkError(
            f"receiver {name}: rate limited (HTTP 429)",
            retryable=True,
            reason="rate_limited",
            retry_after=wait,
        )
    retryable = status >= 500 or status == 408
    reason = _reason_from_body(response, f"http_{status}")
    raise SinkError(f"receiver {name}: HTTP {status} {reason}", retryable=retryable, reason=reason)


async def post(
    client: httpx.AsyncClient,
    name: str,
    url: Secret,
    body: bytes,
    headers: dict[str, str],
) -> None:
    """POST ``body`` to the secret ``url`` and classify the outcome."""
    try:
        response = await client.post(url.get(), content=body, headers=headers)
    except httpx.TimeoutException:
        raise SinkError(f"receiver {name}: timed out", retryable=True, reason="timeout") from None
    except httpx.TransportError as exc:
        kind = type(exc).__name__
        raise SinkError(f"receiver {name}: {kind}", retryable=True, reason="connect") from None
    check_response(name, response)


def new_client(timeout: float) -> httpx.AsyncClient:
    """A client with TLS verification on and no redirects (a redirect could leak the body)."""
    return httpx.AsyncClient(timeout=httpx.Timeout(timeout), follow_redirects=False, verify=True)
