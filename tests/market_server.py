"""A stub market-data server for tests: real HTTP on 127.0.0.1 in a thread.

Routes are path prefixes. Each route answers from its script (replies consumed
in order), else from its responder (a function of the request), else 404.
Every request is recorded (path, query, headers) before it is answered.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

from pipeline.contracts import Bar

NEW_YORK = ZoneInfo("America/New_York")

SAVED = Path(__file__).parent / "data" / "market"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, str]
    headers: dict[str, str]


def saved(name: str, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """A saved response from tests/data/market."""
    kind = "application/json" if name.endswith(".json") else "text/plain"
    return Reply(status, (SAVED / name).read_bytes(), headers or {}, kind)


def as_json(payload: object, status: int = 200) -> Reply:
    return Reply(status, json.dumps(payload).encode())


Responder = Callable[[Request], Reply]


def yahoo_chart(symbol: str, bars: list[Bar], splits: dict[date, tuple[int, int]] | None = None,
                dividends: dict[date, float] | None = None) -> Reply:
    """Bars in Yahoo's chart JSON, stamped at 09:30 New York time like the real answers."""
    def stamp(day: date) -> int:
        return int(datetime.combine(day, time(9, 30), tzinfo=NEW_YORK).timestamp())

    events: dict[str, dict[str, object]] = {}
    if splits:
        events["splits"] = {str(stamp(d)): {"date": stamp(d), "numerator": n, "denominator": m,
                                            "splitRatio": f"{n}:{m}"} for d, (n, m) in splits.items()}
    if dividends:
        events["dividends"] = {str(stamp(d)): {"amount": v, "date": stamp(d)} for d, v in dividends.items()}
    quote = {name: [getattr(bar, name) for bar in bars]
             for name in ("open", "high", "low", "close", "volume")}
    result: dict[str, object] = {
        "meta": {"symbol": symbol, "exchangeTimezoneName": "America/New_York", "gmtoffset": -18000,
                 "dataGranularity": "1d"},
        "indicators": {"quote": [quote if bars else {}]}}
    if bars:
        result["timestamp"] = [stamp(bar.session) for bar in bars]
    if events:
        result["events"] = events
    return as_json({"chart": {"result": [result], "error": None}})


def polygon_aggs(ticker: str, bars: list[Bar]) -> Reply:
    """Bars in Polygon's aggregates JSON: `t` is the session's midnight in New York, in ms."""
    def stamp(day: date) -> int:
        return int(datetime.combine(day, time(0), tzinfo=NEW_YORK).timestamp() * 1000)

    results = [{"v": bar.volume, "vw": round((bar.high + bar.low + bar.close) / 3, 4), "o": bar.open,
                "c": bar.close, "h": bar.high, "l": bar.low, "t": stamp(bar.session), "n": 1000}
               for bar in bars]
    body: dict[str, object] = {"ticker": ticker, "queryCount": len(results), "resultsCount": len(results),
                               "adjusted": True, "status": "OK", "request_id": "stub", "count": len(results)}
    if results:
        body["results"] = results
    return as_json(body)


def period_of(request: Request) -> tuple[date, date]:
    """The sessions a Yahoo chart request covers: period1 inclusive, period2 exclusive (UTC days)."""
    first = datetime.fromtimestamp(int(request.query["period1"]), tz=UTC).date()
    after = datetime.fromtimestamp(int(request.query["period2"]), tz=UTC).date()
    return first, after - timedelta(days=1)


class MarketServer:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._scripts: dict[str, deque[Reply]] = {}
        self._responders: dict[str, Responder] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, prefix: str, *replies: Reply) -> None:
        self._scripts.setdefault(prefix, deque()).extend(replies)

    def respond(self, prefix: str, responder: Responder) -> None:
        self._responders[prefix] = responder

    def count(self, prefix: str = "/") -> int:
        return sum(1 for r in self.requests if r.path.startswith(prefix))

    def __enter__(self) -> MarketServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _answer(self, request: Request) -> Reply:
        self.requests.append(request)
        for prefix in sorted(self._scripts, key=len, reverse=True):
            if request.path.startswith(prefix) and self._scripts[prefix]:
                return self._scripts[prefix].popleft()
        for prefix in sorted(self._responders, key=len, reverse=True):
            if request.path.startswith(prefix):
                return self._responders[prefix](request)
        return Reply(404, b'{"error": "no route"}')

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                reply = server._answer(Request(unquote(parts.path), query, dict(self.headers)))
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                self.send_header("Connection", "close")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def stooq_csv(bars: list[Bar]) -> Reply:
    """Bars as Stooq's daily CSV download writes them (ISO dates, a header line)."""
    lines = ["Date,Open,High,Low,Close,Volume"]
    lines += [f"{b.session.isoformat()},{b.open:g},{b.high:g},{b.low:g},{b.close:g},{b.volume:.0f}"
              for b in bars]
    return Reply(200, ("\r\n".join(lines) + "\r\n").encode(), {}, "text/csv")


def cboe_history_csv(bars: list[Bar]) -> Reply:
    """Bars as Cboe's index history file writes them (MM/DD/YYYY, six decimals, no volume)."""
    lines = ["DATE,OPEN,HIGH,LOW,CLOSE"]
    lines += [f"{b.session:%m/%d/%Y},{b.open:.6f},{b.high:.6f},{b.low:.6f},{b.close:.6f}" for b in bars]
    return Reply(200, ("\n".join(lines) + "\n").encode(), {}, "text/csv")


def fred_csv(series: str, values: dict[date, float | None]) -> Reply:
    """A FRED series as fredgraph.csv writes it ("." where a session has no value)."""
    lines = [f"observation_date,{series}"]
    lines += [f"{day.isoformat()},{'.' if value is None else f'{value:.2f}'}"
              for day, value in sorted(values.items())]
    return Reply(200, ("\n".join(lines) + "\n").encode(), {}, "text/csv")
