"""Which URLs and addresses the live fetcher refuses, before any connection is made.

A patched resolver stands in for DNS: a name that resolves (even in part) to a
private address is refused, and the fetcher never opens a socket for it.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from pipeline.errors import FetchError
from pipeline.ingest.addresses import Target, check_url, refusal, resolve_checked
from pipeline.ingest.http import LiveFetcher
from pipeline.ingest.limits import FetchPolicy

BLOCKED_URLS = [
    ("http://127.0.0.1/", "blocked-address"),
    ("http://127.8.9.10:8080/feed", "blocked-address"),
    ("http://10.1.2.3/", "blocked-address"),
    ("http://172.16.0.9/", "blocked-address"),
    ("http://192.168.1.1/", "blocked-address"),
    ("http://169.254.169.254/latest/meta-data/", "blocked-address"),
    ("http://100.64.0.1/", "blocked-address"),
    ("http://0.0.0.0/", "blocked-address"),
    ("http://224.0.0.1/", "blocked-address"),
    ("http://[::1]/", "blocked-address"),
    ("http://[::ffff:127.0.0.1]/", "blocked-address"),
    ("http://[::ffff:169.254.169.254]/", "blocked-address"),
    ("http://[fc00::1]/", "blocked-address"),
    ("http://[fe80::1]/", "blocked-address"),
    ("http://[64:ff9b::a00:1]/", "blocked-address"),
    ("http://[2002:a00:1::]/", "blocked-address"),
    ("http://2130706433/", "blocked-address"),
    ("http://0x7f000001/", "blocked-address"),
    ("http://0177.0.0.1/", "blocked-address"),
    ("http://127.1/", "blocked-address"),
    ("http://0x7f.0.0.1/", "blocked-address"),
    ("file:///etc/passwd", "bad-scheme"),
    ("gopher://example.com:70/_GET", "bad-scheme"),
    ("data:text/html,<h1>hi</h1>", "bad-scheme"),
    ("ftp://example.com/feed.xml", "bad-scheme"),
    ("javascript:alert(1)", "bad-scheme"),
    ("//example.com/feed", "bad-scheme"),
    ("http://user:pass@example.com/", "bad-url"),
    ("http://example.com@10.0.0.1/", "bad-url"),
    ("http:///nohost", "bad-url"),
    ("http://exa mple.com/", "bad-url"),
    ("http://example.com:99999/", "bad-url"),
]


@pytest.mark.parametrize(("url", "reason"), BLOCKED_URLS)
def test_check_url_refuses_before_connecting(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url)
    assert caught.value.reason == reason
    assert str(caught.value).startswith(url)


@pytest.mark.parametrize(("url", "host", "port"), [
    ("https://example.com/feed.xml", "example.com", 443),
    ("HTTP://Example.COM:8080/x?y=1", "example.com", 8080),
    ("http://8.8.8.8/", "8.8.8.8", 80),
    ("https://[2606:4700::1111]/", "2606:4700::1111", 443),
])
def test_check_url_accepts_public_http_urls(url: str, host: str, port: int) -> None:
    target = check_url(url)
    assert (target.host, target.port) == (host, port)


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.100.1.1",
    "0.0.0.0", "255.255.255.255", "240.0.0.1", "198.18.0.1", "::1", "::", "fc00::1", "fd12::1",
    "fe80::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::7f00:1",
])
def test_refusal_names_every_non_public_range(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700::1111", "151.101.1.69"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def test_loopback_allowance_covers_loopback_only() -> None:
    assert refusal(ipaddress.ip_address("127.0.0.1"), allow_loopback=True) is None
    assert refusal(ipaddress.ip_address("::1"), allow_loopback=True) is None
    for other in ("10.0.0.1", "169.254.169.254", "::ffff:127.0.0.1", "192.168.1.1"):
        assert refusal(ipaddress.ip_address(other), allow_loopback=True) is not None


def resolver_for(table: dict[str, list[str]]):
    calls: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        return table[host]

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


@pytest.mark.parametrize("addresses", [
    ["10.0.0.7"], ["169.254.169.254"], ["127.0.0.1"], ["::1"], ["::ffff:127.0.0.1"],
    ["93.184.216.34", "10.0.0.7"],  # one bad address among good ones is enough
    ["2606:2800:220:1::", "fd00::5"],
])
def test_every_resolved_address_is_checked(addresses: list[str]) -> None:
    target = Target("http://rebind.example/", "http", "rebind.example", 80)
    with pytest.raises(FetchError) as caught:
        resolve_checked(target, resolver_for({"rebind.example": addresses}), 1.0)
    assert caught.value.reason == "blocked-address"


def test_unresolvable_host_is_a_dns_failure() -> None:
    target = Target("http://nowhere.example/", "http", "nowhere.example", 80)
    with pytest.raises(FetchError) as caught:
        resolve_checked(target, resolver_for({}), 1.0)
    assert caught.value.reason == "dns"


def test_fetcher_refuses_a_name_resolving_to_metadata_without_opening_a_socket(monkeypatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: opened.append(a))
    resolve = resolver_for({"metadata.example": ["169.254.169.254"]})
    with LiveFetcher(FetchPolicy(host_delay=0), resolver=resolve) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch("http://metadata.example/latest/meta-data/")
    assert caught.value.reason == "blocked-address"
    assert "169.254.169.254" in str(caught.value)
    assert resolve.calls == ["metadata.example"]  # type: ignore[attr-defined]
    assert opened == []


@pytest.mark.parametrize(("url", "reason"), BLOCKED_URLS[:8] + BLOCKED_URLS[16:24])
def test_fetcher_refuses_blocked_urls_without_resolving(url: str, reason: str, monkeypatch) -> None:
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: pytest.fail("connected"))
    resolve = resolver_for({})
    with LiveFetcher(FetchPolicy(host_delay=0), resolver=resolve) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch_feed(url)
    assert caught.value.reason == reason
    assert resolve.calls == []  # type: ignore[attr-defined]


# Hosts outside ASCII: a number spelt in other characters is the address it spells
# (NFKC maps ①②⑦ and fullwidth digits to 127); names that are not valid IDNA 2008,
# the encoding the HTTP client uses, are refused as bad URLs instead of crashing it.
INTERNATIONAL_URLS = [
    ("http://①②⑦.0.0.1/", "blocked-address"),
    ("http://①②⑦.0.0.1:18001/feed", "blocked-address"),
    ("http://１２７.０.０.１/", "blocked-address"),
    ("http://⑯⑨.②⑤④.⑯⑨.②⑤④/", "blocked-address"),
    ("http://ａ.example/", "bad-url"),
    ("http://ex\u00adample.com/", "bad-url"),
]


@pytest.mark.parametrize(("url", "reason"), INTERNATIONAL_URLS)
def test_international_hosts_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url)
    assert caught.value.reason == reason


def test_unicode_digit_host_in_a_feed_is_blocked_not_an_internal_error(monkeypatch) -> None:
    from pipeline.ingest.gather import fetch_all

    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: pytest.fail("connected"))
    resolve = resolver_for({})
    url = "http://①②⑦.0.0.1/"
    with LiveFetcher(FetchPolicy(host_delay=0), resolver=resolve) as fetcher:
        outcome = fetch_all([url], fetcher.fetch, workers=1)[url]
    assert isinstance(outcome, FetchError)
    assert outcome.reason == "blocked-address" and "127.0.0.1" in outcome.detail
    assert resolve.calls == []  # type: ignore[attr-defined]


def test_a_valid_international_name_is_resolved_and_checked() -> None:
    target = check_url("http://пример.рф/")
    assert target.host == "пример.рф"
