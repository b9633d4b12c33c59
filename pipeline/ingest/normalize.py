"""URL canonicalisation and content fingerprints: the keys dedupe collapses on.

All functions here are pure and total: a URL that cannot be parsed comes back
stripped but otherwise unchanged, never as an exception.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query keys that identify a campaign or a click, never the document.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "twclid", "ttclid",
    "mc_cid", "mc_eid", "cmpid", "ref", "ref_src", "ref_url", "referrer", "ncid", "taid",
    "_hsenc", "_hsmi", "mkt_tok", "soc_src", "soc_trk", "__twitter_impression", "cmp",
    "smid", "sr_share", "guccounter", "guce_referrer", "guce_referrer_sig", "wt.mc_id",
    "s_cid", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
    "at_custom4",
})
# Prefixes owned by analytics tools (Google Analytics, Matomo/Piwik, HubSpot ads).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}

_WHITESPACE = re.compile(r"\s+")
# Typographic variants a syndicating site may or may not convert.
_PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def is_tracking_param(key: str) -> bool:
    lowered = key.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The form of `url` that two links to the same document share.

    Lowercases scheme and host, drops user info, the fragment, default ports and
    tracking parameters, sorts what remains of the query and strips a trailing
    slash from the path (but keeps "/" for the root). Idempotent.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if not parts.netloc:
        return url
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = _canonical_query(parts.query)
    return urlunsplit((scheme, host, path, query, ""))


def _canonical_query(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = sorted((k, v) for k, v in pairs if not is_tracking_param(k))
    return urlencode(kept)


def normalise_text(text: str) -> str:
    """Casefolded, NFKC, typographic quotes and dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_PUNCTUATION)
    return _WHITESPACE.sub(" ", text.casefold()).strip()


def content_hash(title: str, text: str) -> str:
    """sha256 (hex) of the normalised title and text.

    Normalisation ignores case, whitespace, Unicode compatibility forms and
    curly-versus-straight quotes, so a syndicated copy that carries the same
    headline and body under another URL hashes the same.
    """
    payload = normalise_text(title) + "\n\n" + normalise_text(text)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def body_hash(text: str) -> str:
    """sha256 (hex) of the normalised body alone; dedupe uses it only for real bodies."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def item_id(hash_hex: str) -> str:
    """A NewsItem id: the first 16 hex characters of its content hash."""
    return hash_hex[:16]
