"""Daily bars from Polygon.io (now Massive) aggregates: the keyed, paid source.

Wire format (`GET {base}/v2/aggs/ticker/{ticker}/range/1/day/{from}/{to}?adjusted=..&sort=asc&limit=50000`):

    {"ticker": "SPY", "queryCount": 2, "resultsCount": 2, "adjusted": false,
     "results": [{"v": 61234567, "vw": 661.2, "o": 660.1, "c": 662.4, "h": 664.0, "l": 658.9,
                  "t": 1763614800000, "n": 812345}],
     "status": "OK", "request_id": "...", "count": 2}

`t` is the start of the day in New York, in Unix milliseconds. A range with no
trading has `resultsCount: 0` and no `results`. Errors are
`{"status": "ERROR", "request_id": "...", "error": "..."}` (401 bad key,
429 too many requests).

Tickers: Polygon spells indexes with an `I:` prefix on the indices aggregates
endpoint (`I:SPX`, `I:NDX`, `I:DJI`, `I:RUT`, `I:VIX`; they need a plan that
includes indices) and share classes with a dot (`BRK.B`). newsdesk symbols are
Yahoo's spelling (`^GSPC`, `^TNX`, `DX-Y.NYB`, `BRK-B`), so `market.polygon.symbols`
maps them. A symbol in Yahoo-only notation (a leading `^`, or a `-` or `=`)
without a mapping is refused before any request with the `unmapped-symbol`
code, so a gauge reads "no Polygon ticker for ^TNX (set market.polygon.symbols)"
in the snapshot's `missing` instead of a 404 or an empty answer.

Adjustment: `adjusted=true` when `market.adjustment = "splits"` (split-adjusted;
Polygon never adjusts for dividends), `adjusted=false` for raw bars. Splits
(`/v3/reference/splits`, `split_from`/`split_to`) and cash dividends
(`/v3/reference/dividends`, `cash_amount`) in the range are asked for stocks
and ETFs, not indexes, and returned as `CorporateAction`s.

The key is sent as `Authorization: Bearer <key>`, never in the URL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..config import HttpSourceConfig
from ..contracts import ActionKind, Bar, CorporateAction
from ..errors import DataError, ProviderError
from ..skips import SkipCode
from .base import Fetched, make_action, make_bar, one_bar_per_session
from .http import SourceHttp, read_api_key

NAME = "polygon"
NEW_YORK = ZoneInfo("America/New_York")
_OK = ("OK", "DELAYED")
_YAHOO_ONLY = ("^", "-", "=")
"""Characters of Yahoo's notation that no Polygon stock ticker has (`^GSPC`, `DX-Y.NYB`, `CL=F`)."""


class PolygonSource:
    name = NAME

    def __init__(self, cfg: HttpSourceConfig, adjustment: str, http: SourceHttp | None = None) -> None:
        self.cfg, self.adjusted = cfg, adjustment == "splits"
        if http is None:
            key = read_api_key(NAME, cfg)
            http = SourceHttp(NAME, cfg, headers={"Authorization": f"Bearer {key}"} if key else None)
        self.http = http

    def fetch(self, symbol: str, start: date, end: date) -> Fetched:
        ticker = polygon_ticker(symbol, self.cfg.symbols)
        where = f"{NAME} {symbol}"
        params = {"adjusted": str(self.adjusted).lower(), "sort": "asc", "limit": "50000"}
        path = f"v2/aggs/ticker/{ticker}/range/1/day/{start.isoformat()}/{end.isoformat()}"
        bars = parse_aggregates(self.http.get_json(path, params, symbol), where)
        if ticker.startswith("I:") or not bars:
            return Fetched(bars)
        return Fetched(bars, self._actions(ticker, symbol, start, end))

    def _actions(self, ticker: str, symbol: str, start: date, end: date) -> list[CorporateAction]:
        where = f"{NAME} {symbol}"
        span = {"ticker": ticker, "limit": "1000"}
        splits = self.http.get_json("v3/reference/splits", {
            **span, "execution_date.gte": start.isoformat(), "execution_date.lte": end.isoformat()},
            symbol)
        dividends = self.http.get_json("v3/reference/dividends", {
            **span, "ex_dividend_date.gte": start.isoformat(), "ex_dividend_date.lte": end.isoformat()},
            symbol)
        actions = parse_splits(splits, where) + parse_dividends(dividends, where)
        return sorted(actions, key=lambda action: (action.session, action.kind))


def polygon_ticker(symbol: str, mapping: dict[str, str]) -> str:
    """Polygon's ticker for a newsdesk symbol: the configured one, else the symbol itself.

    A symbol in Yahoo-only notation with no mapping raises DataError
    (`unmapped-symbol`): guessing `I:TNX` for `^TNX` could quote another scale.
    """
    if symbol in mapping:
        return mapping[symbol]
    if any(mark in symbol for mark in _YAHOO_ONLY):
        raise DataError(f"no Polygon ticker for {symbol} (set market.polygon.symbols)",
                        code=SkipCode.UNMAPPED_SYMBOL)
    return symbol


def _checked(payload: Any, where: str) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise ProviderError(f"{where}: the answer is not a JSON object")
    status = payload.get("status")
    if status not in _OK:
        detail = payload.get("error") or payload.get("message") or status
        raise ProviderError(f"{where}: the source reports {status}: {detail}")
    return payload


def parse_aggregates(payload: Any, where: str) -> list[Bar]:
    body = _checked(payload, where)
    rows = body.get("results") or []
    if not isinstance(rows, list):
        raise ProviderError(f"{where}: 'results' is not a list")
    bars = []
    for row in rows:
        stamp = row.get("t") if isinstance(row, dict) else None
        if not isinstance(stamp, int | float) or isinstance(stamp, bool):
            raise ProviderError(f"{where}: a result has no timestamp: {row!r}"[:300])
        session = datetime.fromtimestamp(stamp / 1000, tz=UTC).astimezone(NEW_YORK).date()
        bar = make_bar(where, session, row.get("o"), row.get("h"), row.get("l"), row.get("c"),
                       row.get("v"))
        if bar is not None:
            bars.append(bar)
    return one_bar_per_session(where, bars)


def parse_splits(payload: Any, where: str) -> list[CorporateAction]:
    actions = []
    for row in _checked(payload, where).get("results") or []:
        split_from, split_to = row.get("split_from"), row.get("split_to")
        if not isinstance(split_from, int | float) or not isinstance(split_to, int | float) \
                or split_from <= 0:
            raise ProviderError(f"{where}: split without a ratio: {row!r}")
        actions.append(make_action(where, _day(row.get("execution_date"), where), ActionKind.SPLIT,
                                   split_to / split_from))
    return actions


def parse_dividends(payload: Any, where: str) -> list[CorporateAction]:
    return [make_action(where, _day(row.get("ex_dividend_date"), where), ActionKind.DIVIDEND,
                        row.get("cash_amount"))
            for row in _checked(payload, where).get("results") or []]


def _day(text: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ProviderError(f"{where}: date {text!r} not understood") from None
