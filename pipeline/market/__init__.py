"""The market stage: daily bars, options open interest and macro gauges, checked before use.

`MarketData` is the stage's front door. It reads bars from the CSV folder (the
default, offline) or through a chain of HTTP sources tried in order per symbol
(`market.providers`: Yahoo's chart JSON, Stooq's CSV, FRED series, Cboe's index
history, Polygon aggregates), each behind the store's bar cache; `cross_check`
compares a session's close with a second source or the official series.
Options come from CSV files or Cboe's delayed quotes. The exchange calendar
decides which session a run is for. The checks in `quality` and `checks` are
pure and say why an instrument must be refused; they never repair data.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from ..config import MacroConfig, MarketConfig
from ..contracts import OptionsChain, PriceHistory
from ..errors import DataError
from ..skips import QualityIssue, SkipCode
from .calendar import SessionCalendar, SessionChoice
from .cboe import CboeOptionsSource
from .chain import ProviderChain
from .checks import CheckPolicy, bar_on, close_disagreement
from .csv_provider import (
    DEFAULT_MAX_BYTES,
    CsvBarsProvider,
    bars_filename,
    parse_session_date,
    read_bars_csv,
)
from .options import CsvOptionsProvider
from .quality import check_chain, check_history

__all__ = [
    "BarsLoader", "CsvBarsProvider", "CsvOptionsProvider", "MarketData", "SessionCalendar",
    "SessionChoice", "bars_filename", "check_chain", "check_history", "parse_session_date",
    "read_bars_csv",
]


class BarsLoader(Protocol):
    """A symbol's whole history: the CSV provider, or an HTTP source behind the cache."""

    def load(self, symbol: str) -> PriceHistory: ...


class MarketData:
    """Bars from `bars_dir` (or the `bars` loader); options from CSV or Cboe when configured."""

    def __init__(self, bars_dir: Path | str | None = None, options_dir: Path | str | None = None, *,
                 bars: BarsLoader | None = None, cboe: CboeOptionsSource | None = None,
                 calendar: SessionCalendar | None = None, macro: MacroConfig | None = None,
                 live: bool = False, max_file_bytes: int | None = DEFAULT_MAX_BYTES,
                 checks: CheckPolicy | None = None) -> None:
        if bars is None and bars_dir is None:
            raise DataError("market data needs a bars folder or a bars source")
        self.bars: BarsLoader = (bars if bars is not None
                                 else CsvBarsProvider(bars_dir, max_file_bytes))  # type: ignore[arg-type]
        self.options = (CsvOptionsProvider(options_dir, max_file_bytes) if options_dir is not None
                        else None)
        self.cboe = cboe
        self.calendar = calendar
        self.macro = macro or MacroConfig(vix="", ten_year_yield="", dollar_index="", cross_markets={})
        self.live = live
        """True when sessions follow the clock (HTTP sources), False when they follow the files."""
        self.checks = checks or CheckPolicy()

    @classmethod
    def from_config(cls, market: MarketConfig) -> MarketData:
        """The offline CSV setup of `market` (HTTP sources are built by `wiring.make_market`)."""
        calendar = SessionCalendar(market.calendar, market.timezone) if market.calendar else None
        options = market.options_dir if market.options_provider == "csv" else None
        return cls(market.csv_dir, options, calendar=calendar, macro=market.macro,
                   max_file_bytes=market.max_file_bytes)

    def load_history(self, symbol: str) -> PriceHistory:
        """All bars for `symbol`; DataError when they are missing or broken."""
        return self.bars.load(symbol)

    def passed_over(self, symbol: str) -> list[str]:
        """Why sources before the one that served `symbol` were skipped (one line each)."""
        if not isinstance(self.bars, ProviderChain):
            return []
        return [f"{symbol}: passed over [{code}] {message}"
                for code, message in self.bars.passed_over(symbol)]

    def cross_check(self, history: PriceHistory, session: date,
                    notes: list[str]) -> list[QualityIssue]:
        """The session's close against the official series and the chain's next source.

        A disagreement beyond tolerance is an issue (`official-mismatch`,
        `source-mismatch`); a check that cannot be made (the other source fails
        or has no bar on the session) is a line in `notes`, never silence.
        """
        chain, symbol = self.bars, history.symbol
        if not isinstance(chain, ProviderChain):
            return []
        issues: list[QualityIssue] = []
        official = self.checks.official.get(symbol)
        if official and official != history.provider:
            issues += self._compare(chain, official, history, session, notes, SkipCode.OFFICIAL_MISMATCH,
                                    "the official", self.checks.official_tolerance_pct)
        second = chain.second_source(symbol, history.provider) if self.checks.source_check else None
        if second and second != official:
            issues += self._compare(chain, second, history, session, notes, SkipCode.SOURCE_MISMATCH,
                                    "the second source's", self.checks.source_tolerance_pct)
        return issues

    @staticmethod
    def _compare(chain: ProviderChain, provider: str, history: PriceHistory, session: date,
                 notes: list[str], code: SkipCode, label: str, tolerance: float) -> list[QualityIssue]:
        try:
            reference = chain.from_source(provider, history.symbol)
        except DataError as exc:
            notes.append(f"{history.symbol}: not checked against {provider}: {exc}")
            return []
        if bar_on(reference, session) is None:
            notes.append(f"{history.symbol}: not checked against {provider}: it has no bar for {session}")
            return []
        return close_disagreement(history, reference, session, tolerance_pct=tolerance, code=code,
                                  label=label)

    def load_chain(self, symbol: str, session: date,
                   notes: list[str] | None = None) -> OptionsChain | None:
        """The chain for `session`, or None when options are not configured or absent.

        A failing live source is a note, not a refusal: the article goes out
        without options positioning.
        """
        if self.cboe is not None:
            try:
                return self.cboe.load(symbol, session, self.latest_chain_date(session))
            except DataError as exc:
                (notes if notes is not None else []).append(f"options left out: {exc}")
                return None
        if self.options is None:
            return None
        return self.options.load(symbol, session)

    def latest_chain_date(self, session: date) -> date:
        """The last day a chain may be dated and still describe `session`.

        Open interest is published once a day before the open and holds the
        previous close's positions, so a chain dated up to the next session is
        still this session's positioning.
        """
        if self.calendar is None:
            return session + timedelta(days=3)
        return self.calendar.next_session(session)
