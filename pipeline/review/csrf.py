"""Cross-site request checks for every POST the review page accepts.

Two independent checks, both must pass:

1. Origin: when the browser says where the form came from (`Origin`, or
   `Referer` if Origin is absent), it must be this server's own origin. A page
   on another port of 127.0.0.1 is another origin, though it is the same
   *site*, so SameSite cookies alone would not stop it.
2. Token: the form's `csrf` field must equal the token of the signed-in
   session (or, before sign-in, the token in the login cookie), compared in
   constant time.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from starlette.requests import Request


def own_origin(request: Request) -> str:
    host = request.headers.get("host", "")
    return f"{request.url.scheme}://{host}".lower()


def origin_ok(request: Request) -> bool:
    """False when the request names an origin other than this server's."""
    claimed = request.headers.get("origin")
    if claimed is None:
        referer = request.headers.get("referer")
        if referer is None:
            return True  # no claim either way: the token decides
        parts = urlsplit(referer)
        claimed = f"{parts.scheme}://{parts.netloc}"
    return claimed.lower() == own_origin(request)


def token_ok(sent: object, expected: str | None) -> bool:
    if not isinstance(sent, str) or not sent or not expected:
        return False
    return hmac.compare_digest(sent.encode("utf-8"), expected.encode("utf-8"))
