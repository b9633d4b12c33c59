"""The market stage: daily bars and options open interest, checked before use.

`MarketData` is the stage's front door: it reads through the CSV providers
(the only I/O here) and hands back contracts. The checks in `quality` are pure
and say why an instrument must be refused; they never repair data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..config import MarketConfig
from ..contracts import OptionsChain, PriceHistory
from .csv_provider import CsvBarsProvider, bars_filename, parse_session_date, read_bars_csv
from .options import CsvOptionsProvider
from .quality import check_chain, check_history

__all__ = [
    "CsvBarsProvider", "CsvOptionsProvider", "MarketData", "bars_filename", "check_chain",
    "check_history", "parse_session_date", "read_bars_csv",
]


class MarketData:
    """Bars from `bars_dir`; options from `options_dir` when one is configured."""

    def __init__(self, bars_dir: Path | str, options_dir: Path | str | None = None) -> None:
        self.bars = CsvBarsProvider(bars_dir)
        self.options = CsvOptionsProvider(options_dir) if options_dir is not None else None

    @classmethod
    def from_config(cls, market: MarketConfig) -> MarketData:
        return cls(market.csv_dir, market.options_dir)

    def load_history(self, symbol: str) -> PriceHistory:
        """All bars for `symbol`; DataError when the file is missing or broken."""
        return self.bars.load(symbol)

    def load_chain(self, symbol: str, session: date) -> OptionsChain | None:
        """The chain for `session`, or None when options are not configured or absent."""
        if self.options is None:
            return None
        return self.options.load(symbol, session)
