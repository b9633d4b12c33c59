"""Which URLs and which IP addresses a live fetch may reach.

`check_url` refuses before any network use: schemes other than http/https,
user info, ports out of range, and numeric hosts written in the forms that
`inet_aton` accepts but people do not read as addresses (2130706433, 0x7f.1,
0177.0.0.1), also when spelt in other characters (①②⑦.0.0.1, fullwidth
digits), and international names that are not valid IDNA. `resolve_checked`
resolves a host and refuses it when *any* of its addresses is not a public
unicast address: loopback, private, link-local (cloud metadata at
169.254.169.254 included), shared CGNAT space, multicast, unspecified,
reserved, and IPv6 forms that embed one of those (IPv4-mapped, 6to4, NAT64).
The caller then connects only to addresses that passed, so a second DNS answer
cannot swap in another one.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urlsplit

import idna

from ..errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.I)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_CANONICAL_V4 = re.compile(rf"^{_OCTET}(?:\.{_OCTET}){{3}}$")
_UNSAFE_CHARS = re.compile(r"[\x00-\x20\x7f\\]")

# getaddrinfo has no timeout of its own; lookups run here so a fetch can stop waiting.
_DNS_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="newsdesk-dns")


@dataclass(frozen=True)
class Target:
    """A URL that passed `check_url`: scheme, host (no brackets) and port."""

    url: str
    scheme: str
    host: str
    port: int


def check_url(url: str, *, allow_loopback: bool = False) -> Target:
    """Refuse `url` unless it is http(s), has a plain host and no user info."""
    if _UNSAFE_CHARS.search(url):
        raise FetchError(url, "bad-url", "control characters, spaces or backslashes in the URL")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, "bad-url", str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchError(url, "bad-scheme", f"only http and https are fetched, not {scheme or 'none'!r}")
    if "@" in parts.netloc:
        raise FetchError(url, "bad-url", "user info (name:password@) in the URL")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise FetchError(url, "bad-url", "no host")
    if not host.isascii():
        _check_international(host, url)
    if ":" not in host and _NUMERIC_HOST.match(host) and not _CANONICAL_V4.match(host):
        raise FetchError(url, "blocked-address", f"numeric host {host!r} is not a dotted-quad address")
    literal = _literal(host)
    if literal is not None:
        check_address(literal, url, allow_loopback=allow_loopback)
    return Target(url, scheme, host, port or DEFAULT_PORTS[scheme])


def _check_international(host: str, url: str) -> None:
    """Refuse a non-ASCII host that reads as a number, or that is not valid IDNA 2008.

    Unicode normalisation (NFKC, what resolvers apply) turns ①②⑦.0.0.1 into
    127.0.0.1; such a host is refused as the address it spells. Any other
    international name must encode as the HTTP client will encode it.
    """
    try:
        folded = host.encode("idna").decode("ascii").rstrip(".")
    except UnicodeError:
        folded = ""
    if folded and (_NUMERIC_HOST.match(folded) or _literal(folded) is not None):
        raise FetchError(url, "blocked-address",
                         f"host {host!r} spells the numeric address {folded!r} in other characters")
    try:
        idna.encode(host)
    except idna.IDNAError as exc:
        raise FetchError(url, "bad-url", f"host {host!r} is not a valid international name: {exc}") from None


def linkable(url: str, *, allow_loopback: bool = False) -> bool:
    """True when the fetcher would try `url` (the checks made before any DNS lookup).

    The one judge of which source URLs an article may link: a URL the fetcher
    refuses (`http://2130706433:18001/`, `file:`, a private literal) is never linked.
    """
    try:
        check_url(url, allow_loopback=allow_loopback)
    except FetchError:
        return False
    return True


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def refusal(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why `address` may not be fetched from, or None when it is a public unicast address."""
    if address.is_loopback:
        return None if allow_loopback else "loopback"
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_v4(address)
        if embedded is not None:
            why = refusal(embedded, allow_loopback=False)
            return f"embeds {embedded} ({why})" if why else None
    checks = (
        (address.is_unspecified, "unspecified"), (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"), (address in _CGNAT, "shared address space (CGNAT)"),
        (address.is_private, "private"), (address.is_reserved, "reserved"),
        (not address.is_global, "not a global address"),
    )
    return next((why for hit, why in checks if hit), None)


def _embedded_v4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def check_address(address: IPAddress | str, url: str, *, allow_loopback: bool = False) -> None:
    """Raise FetchError(blocked-address) unless `address` may be connected to."""
    ip = ipaddress.ip_address(address.split("%", 1)[0]) if isinstance(address, str) else address
    why = refusal(ip, allow_loopback=allow_loopback)
    if why is not None:
        raise FetchError(url, "blocked-address", f"{ip} is {why}")


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host:port (TCP)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def resolve_checked(target: Target, resolver: Resolver, timeout: float, *,
                    allow_loopback: bool = False) -> list[str]:
    """The addresses of `target.host`, every one of them checked; refused if any is blocked."""
    literal = _literal(target.host)
    if literal is not None:
        check_address(literal, target.url, allow_loopback=allow_loopback)
        return [str(literal)]
    future = _DNS_POOL.submit(resolver, target.host, target.port)
    try:
        addresses = list(future.result(timeout=timeout))
    except FutureTimeout:
        raise FetchError(target.url, "dns", f"no answer for {target.host} within {timeout:g} s") from None
    except (OSError, UnicodeError) as exc:
        raise FetchError(target.url, "dns", f"{target.host} did not resolve: {exc}") from None
    if not addresses:
        raise FetchError(target.url, "dns", f"{target.host} has no addresses")
    for address in addresses:
        check_address(address, target.url, allow_loopback=allow_loopback)
    return addresses
