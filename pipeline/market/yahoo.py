"""Daily bars from Yahoo Finance's chart JSON (keyless, public).

Wire format (`GET {base}/v8/finance/chart/{symbol}?period1=..&period2=..&interval=1d&events=div|split`):

    {"chart": {"result": [{"meta": {"symbol": "SPY", "exchangeTimezoneName": "America/New_York", ...},
                            "timestamp": [1763476200, ...],
                            "events": {"dividends": {"<ts>": {"amount": 1.74, "date": <ts>}},
                                       "splits": {"<ts>": {"date": <ts>, "numerator": 4,
                                                           "denominator": 1, "splitRatio": "4:1"}}},
                            "indicators": {"quote": [{"open": [...], "high": [...], "low": [...],
                                                      "close": [...], "volume": [...]}],
                                           "adjclose": [{"adjclose": [...]}]}}],
               "error": null}}

An unknown symbol answers 404 with `{"chart": {"result": null, "error": {"code": "Not Found",
"description": "..."}}}`; a range with no trading has no `timestamp` key.

Adjustment: Yahoo's `close` is split-adjusted and not dividend-adjusted (the
dividend-adjusted series is `adjclose`, which newsdesk never reads). The newest
close is therefore the price that traded; splits and dividends in the range
come back as `CorporateAction`s. Raw (unadjusted) history is not available
from this source, so `market.adjustment = "none"` is refused for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..config import HttpSourceConfig
from ..contracts import ActionKind, Bar, CorporateAction
from ..errors import ConfigError, ProviderError
from .base import Fetched, make_action, make_bar, one_bar_per_session, source_symbol
from .http import SourceHttp

NAME = "yahoo"


class YahooChartSource:
    name = NAME

    def __init__(self, cfg: HttpSourceConfig, adjustment: str, http: SourceHttp | None = None) -> None:
        if adjustment != "splits":
            raise ConfigError("market.adjustment: the yahoo source only serves split-adjusted bars; "
                              "use adjustment = \"splits\" or the polygon source for raw bars")
        self.cfg = cfg
        self.http = http or SourceHttp(NAME, cfg)

    def fetch(self, symbol: str, start: date, end: date) -> Fetched:
        ticker = source_symbol(symbol, self.cfg.symbols)
        params = {"period1": str(_epoch(start)), "period2": str(_epoch(end + timedelta(days=1))),
                  "interval": "1d", "events": "div|split", "includePrePost": "false"}
        payload = self.http.get_json(f"v8/finance/chart/{ticker}", params, symbol)
        fetched = parse_chart(payload, f"{NAME} {symbol}")
        bars = [bar for bar in fetched.bars if start <= bar.session <= end]
        return Fetched(bars, [a for a in fetched.actions if start <= a.session <= end])


def _epoch(day: date) -> int:
    return int(datetime.combine(day, time(0), tzinfo=UTC).timestamp())


def parse_chart(payload: Any, where: str) -> Fetched:
    """Bars and actions from one chart answer; ProviderError for an error or a broken body."""
    result = _result(payload, where)
    zone = _zone(result.get("meta") or {}, where)
    stamps = result.get("timestamp") or []
    if not stamps:
        return Fetched([])
    quotes = (result.get("indicators") or {}).get("quote") or [{}]
    columns = [quotes[0].get(name) or [] for name in ("open", "high", "low", "close", "volume")]
    if any(len(column) != len(stamps) for column in columns[:4]):
        raise ProviderError(f"{where}: {len(stamps)} timestamps but price columns of other lengths")
    bars: list[Bar] = []
    for index, stamp in enumerate(stamps):
        session = _session(stamp, zone, where)
        volume = columns[4][index] if index < len(columns[4]) else None
        opens, highs, lows, closes = (column[index] for column in columns[:4])
        bar = make_bar(where, session, opens, highs, lows, closes, volume)
        if bar is not None:
            bars.append(bar)
    return Fetched(one_bar_per_session(where, bars), _actions(result.get("events") or {}, zone, where))


def _result(payload: Any, where: str) -> dict[str, Any]:
    chart = payload.get("chart") if isinstance(payload, dict) else None
    if not isinstance(chart, dict):
        raise ProviderError(f"{where}: the answer has no 'chart' object")
    error = chart.get("error")
    if error:
        detail = error.get("description") or error.get("code") if isinstance(error, dict) else error
        raise ProviderError(f"{where}: the source reports an error: {detail}")
    results = chart.get("result")
    if not isinstance(results, list) or not results or not isinstance(results[0], dict):
        raise ProviderError(f"{where}: the answer has no chart result")
    return results[0]


def _zone(meta: dict[str, Any], where: str) -> ZoneInfo:
    name = meta.get("exchangeTimezoneName") or "America/New_York"
    try:
        return ZoneInfo(str(name))
    except (KeyError, ValueError):
        raise ProviderError(f"{where}: unknown exchange time zone {name!r}") from None


def _session(stamp: Any, zone: ZoneInfo, where: str) -> date:
    if not isinstance(stamp, int | float) or isinstance(stamp, bool):
        raise ProviderError(f"{where}: timestamp {stamp!r} is not a number")
    return datetime.fromtimestamp(stamp, tz=zone).date()


def _actions(events: dict[str, Any], zone: ZoneInfo, where: str) -> list[CorporateAction]:
    actions = []
    for item in (events.get("splits") or {}).values():
        numerator, denominator = item.get("numerator"), item.get("denominator")
        if not isinstance(numerator, int | float) or not isinstance(denominator, int | float) \
                or denominator <= 0:
            raise ProviderError(f"{where}: split without a ratio: {item}")
        actions.append(make_action(where, _session(item.get("date"), zone, where),
                                   ActionKind.SPLIT, numerator / denominator))
    for item in (events.get("dividends") or {}).values():
        actions.append(make_action(where, _session(item.get("date"), zone, where),
                                   ActionKind.DIVIDEND, item.get("amount")))
    return sorted(actions, key=lambda action: (action.session, action.kind))
