"""Daily bars from Stooq's CSV download (keyless when it answers; see the README).

Wire format (`GET {base}/q/d/l/?s=spy.us&i=d&d1=20260101&d2=20261120`):

    Date,Open,High,Low,Close,Volume
    2026-11-19,662.05,664.1,657.42,662.63,71826432

Index symbols start with `^` (`^spx`, `^ndx`, `^dji`), US stocks and ETFs end
in `.us`. An unknown symbol answers HTTP 200 with the body `No data`; a client
over its daily quota gets `Exceeded the daily hits limit`; since 2026 Stooq
may answer a non-browser client with an HTML page (an API-key notice or a
browser check), also with HTTP 200. Each of these is a `ProviderError`, so a
provider chain moves on to its next source.

Adjustment: Stooq adjusts its history for splits and dividends, so the newest
close is the price that traded while older closes are dividend-adjusted; no
split or dividend is reported with the bars.
"""

from __future__ import annotations

from datetime import date

from ..config import HttpSourceConfig
from ..contracts import Bar
from ..errors import DataError, ProviderError
from ..skips import SkipCode
from .base import Fetched
from .daily_csv import excerpt, parse_daily_csv
from .http import SourceHttp

NAME = "stooq"

_YAHOO_ONLY = ("^", "=", ".")
"""Yahoo notation Stooq spells differently (`^GSPC` is `^spx`, `CL=F` is `cl.f`, `DX-Y.NYB` has no
Stooq twin): mapped, never guessed."""


def stooq_symbol(symbol: str, mapping: dict[str, str]) -> str:
    """Stooq's spelling: the configured one, or a US ticker lower-cased with `.us`."""
    if symbol in mapping:
        return mapping[symbol]
    if any(mark in symbol for mark in _YAHOO_ONLY):
        raise DataError(f"{NAME} {symbol}: no Stooq symbol for {symbol} (set market.stooq.symbols)",
                        code=SkipCode.UNMAPPED_SYMBOL)
    return f"{symbol.lower()}.us"


class StooqSource:
    name = NAME

    def __init__(self, cfg: HttpSourceConfig, http: SourceHttp | None = None) -> None:
        self.cfg = cfg
        self.http = http or SourceHttp(NAME, cfg)

    def fetch(self, symbol: str, start: date, end: date) -> Fetched:
        ticker = stooq_symbol(symbol, self.cfg.symbols)
        params = {"s": ticker, "i": "d", "d1": f"{start:%Y%m%d}", "d2": f"{end:%Y%m%d}"}
        text = self.http.get_text("q/d/l/", params, symbol)
        bars = parse_stooq(text, f"{NAME} {symbol}", ticker)
        return Fetched([bar for bar in bars if start <= bar.session <= end])


def parse_stooq(text: str, where: str, ticker: str) -> list[Bar]:
    """Bars from one answer; the source's plain-text refusals become coded errors."""
    head = text.strip()[:200].lower()
    if head.startswith("no data"):
        raise DataError(f"{where}: Stooq has no data for {ticker}", code=SkipCode.NO_DATA)
    if "exceeded the daily hits limit" in head:
        raise ProviderError(f"{where}: Stooq's daily request limit is used up: {excerpt(text)!r}",
                            code=SkipCode.RATE_LIMITED)
    if head.startswith("<"):
        raise ProviderError(f"{where}: Stooq answered with an HTML page, not CSV (an API-key "
                            f"notice or a browser check): {excerpt(text)!r}")
    return parse_daily_csv(text, where)
