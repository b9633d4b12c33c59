"""Daily observations of a FRED series from its public CSV (keyless): yields, the dollar.

Wire format (`GET {base}/graph/fredgraph.csv?id=DGS10&cosd=2026-01-01&coed=2026-11-20`):

    observation_date,DGS10
    2026-11-19,4.13
    2026-11-20,.

The date column was `DATE` before December 2024; both are read. A session
without a value (a bond-market holiday, or not published yet) is written "."
and skipped, never filled. FRED publishes a day's Treasury yields on the
afternoon of the next business day, so the newest session is often missing:
the provider chain then counts this source as stale and asks the next one.

A series is one value a day: the bar's open, high and low are its close, and
volume is 0. The newsdesk symbol is the series id (`DGS10`, `DTWEXBGS`) unless
`market.fred.symbols` maps it. Note that DTWEXBGS (the Fed's broad dollar
index, near 120) is not ICE's DXY (`DX-Y.NYB`, near 100): a gauge is one series.
"""

from __future__ import annotations

from datetime import date

from ..config import HttpSourceConfig
from ..contracts import Bar
from .base import Fetched, source_symbol
from .daily_csv import parse_daily_csv
from .http import SourceHttp

NAME = "fred"


class FredSeriesSource:
    name = NAME

    def __init__(self, cfg: HttpSourceConfig, http: SourceHttp | None = None) -> None:
        self.cfg = cfg
        self.http = http or SourceHttp(NAME, cfg)

    def fetch(self, symbol: str, start: date, end: date) -> Fetched:
        series = source_symbol(symbol, self.cfg.symbols)
        params = {"id": series, "cosd": start.isoformat(), "coed": end.isoformat()}
        text = self.http.get_text("graph/fredgraph.csv", params, symbol)
        bars = parse_fred(text, f"{NAME} {symbol}", series)
        return Fetched([bar for bar in bars if start <= bar.session <= end])


def parse_fred(text: str, where: str, series: str) -> list[Bar]:
    """The series' observations as close-only bars (sessions without a value left out)."""
    return parse_daily_csv(text, where, date_names=("observation_date", "date"),
                           close_name=series.lower(), close_only=True)
