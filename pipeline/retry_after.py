"""Reading a `Retry-After` header: the one parser the model client and the market sources share.

The value is either a number of seconds or an HTTP date (RFC 9110, 10.2.3).
"""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After value (a number or an HTTP date); None if absent or junk."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
