"""Markets outside the US session for the cross-market read: Europe, Asia, gold, oil, bitcoin, FX.

Each market has its own exchange calendar and a daily *cut*: the moment its
daily value is taken. A market is read as of its last session whose cut had
passed at the article's US close (`Snapshot.as_of`), so every figure was final
when New York closed and no partial bar is ever read:

| market | calendar | cut (its daily value) |
|---|---|---|
| DAX | XETR | the Xetra close, 17:30 Europe/Berlin |
| Nikkei 225 | XTKS | the Tokyo close, 15:30 Asia/Tokyo |
| Hang Seng | XHKG | the Hong Kong close, 16:00 Asia/Hong_Kong (12:00 on a half day) |
| gold (COMEX futures) | COMEX | the settlement, 13:30 America/New_York |
| WTI crude (NYMEX futures) | NYMEX | the settlement, 14:30 America/New_York |
| bitcoin | 24/7 | the UTC day's close, 00:00 UTC |
| EUR/USD, USD/JPY | 24/5 | the UTC day's close, 00:00 UTC |

So on a US session Asia and Europe are read from the same date (they closed
before New York did), a European holiday from the last Xetra session before
it, and bitcoin and FX from the UTC day before the US session (the US day's
UTC bar closes at 19:00 New York, after the article's close). The article
prints each market's own date.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..contracts import CrossMarketReading, PriceHistory
from ..contracts.snapshot import CrossMarketKey
from ..errors import DataError
from ..skips import SkipCode
from .calendar import SessionCalendar

Loader = Callable[[str], PriceHistory]

LOOKBACK_DAYS = 10
"""Calendar days searched back for a market's last final session (longer holidays leave it out)."""


@dataclass(frozen=True)
class CrossMarket:
    key: CrossMarketKey
    name: str  # how prose names it
    calendar: str  # exchange_calendars code
    cut: time | None  # None: the calendar's own close (which knows half days)
    cut_zone: str
    cut_label: str

    def cut_at(self, session: date, sessions: SessionCalendar) -> datetime:
        """When this market's value for `session` is final (aware)."""
        if self.cut is None:
            return sessions.close_at(session)
        if self.cut == time(0, 0):  # the end of the UTC day
            return datetime.combine(session + timedelta(days=1), self.cut, ZoneInfo(self.cut_zone))
        return datetime.combine(session, self.cut, ZoneInfo(self.cut_zone))


MARKETS: dict[CrossMarketKey, CrossMarket] = {m.key: m for m in (
    CrossMarket("dax", "the DAX", "XETR", None, "Europe/Berlin", "17:30 Europe/Berlin close"),
    CrossMarket("nikkei", "the Nikkei 225", "XTKS", None, "Asia/Tokyo", "15:30 Asia/Tokyo close"),
    CrossMarket("hang_seng", "the Hang Seng", "XHKG", None, "Asia/Hong_Kong",
                "16:00 Asia/Hong_Kong close"),
    CrossMarket("gold", "gold", "COMEX", time(13, 30), "America/New_York",
                "13:30 New York settlement"),
    CrossMarket("wti", "WTI crude", "NYMEX", time(14, 30), "America/New_York",
                "14:30 New York settlement"),
    CrossMarket("bitcoin", "bitcoin", "24/7", time(0, 0), "UTC", "UTC day"),
    CrossMarket("eur_usd", "EUR/USD", "24/5", time(0, 0), "UTC", "UTC day"),
    CrossMarket("usd_jpy", "USD/JPY", "24/5", time(0, 0), "UTC", "UTC day"),
)}


OWN_SESSION_KEYS: tuple[CrossMarketKey, ...] = ("dax", "nikkei", "hang_seng", "bitcoin", "eur_usd", "usd_jpy")
"""Markets whose live bars the cache and the provider chain judge by their own calendar: a
bitcoin or FX bar fetched at the US close is still trading (its UTC day ends at 19:00 New York)
and must not be cached as final; a European holiday is that market's last session, not a stale
source. Gold and crude keep the US exchange's sessions: their settlement falls within them."""


def own_calendars(symbols: Mapping[CrossMarketKey, str]) -> dict[str, SessionCalendar]:
    """Symbol -> its market's own SessionCalendar, for the markets in OWN_SESSION_KEYS configured."""
    return {symbols[key]: SessionCalendar(MARKETS[key].calendar, MARKETS[key].cut_zone)
            for key in OWN_SESSION_KEYS if symbols.get(key)}


def cross_market_readings(symbols: Mapping[CrossMarketKey, str], load: Loader,
                          us_close: datetime) -> tuple[list[CrossMarketReading], list[str]]:
    """The configured markets read as of their last session final at `us_close`, and a line for
    each left out."""
    readings: list[CrossMarketReading] = []
    missing: list[str] = []
    for key, market in MARKETS.items():
        symbol = symbols.get(key, "")
        if not symbol:
            continue
        try:
            session = last_final_session(market, us_close)
            readings.append(reading_on(market, symbol, load(symbol), session))
        except DataError as exc:
            missing.append(f"{key} ({symbol}) left out: {exc}")
    return readings, missing


def last_final_session(market: CrossMarket, us_close: datetime) -> date:
    """The newest session of `market` whose cut is at or before `us_close`."""
    sessions = SessionCalendar(market.calendar, market.cut_zone)
    day = us_close.date()
    for _ in range(LOOKBACK_DAYS):
        if sessions.is_session(day) and market.cut_at(day, sessions) <= us_close:
            return day
        day -= timedelta(days=1)
    raise DataError(f"no {market.calendar} session final by {us_close:%Y-%m-%d %H:%M %Z} in the "
                    f"{LOOKBACK_DAYS} days before", code=SkipCode.MISSING_SESSION)


def reading_on(market: CrossMarket, symbol: str, history: PriceHistory, session: date) -> CrossMarketReading:
    """The market's close on `session` and its change from the bar before; DataError when the
    history has no bar for that session (a stale source is left out, never read as current)."""
    bars = history.until(session).bars
    if not bars or bars[-1].session != session:
        last = bars[-1].session if bars else "none"
        raise DataError(f"no bar for its session {session} (last: {last})", code=SkipCode.MISSING_SESSION)
    close = bars[-1].close
    change = (close / bars[-2].close - 1) * 100 if len(bars) >= 2 else None
    return CrossMarketReading(key=market.key, symbol=symbol, name=market.name, calendar=market.calendar,
                              cut=market.cut_label, session=session, value=close, change_pct=change)
