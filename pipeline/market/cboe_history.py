"""Cboe's published daily history of its indices (keyless): the official VIX.

Wire format (`GET {base}/VIX_History.csv`, the whole history in one file):

    DATE,OPEN,HIGH,LOW,CLOSE
    01/02/1990,17.240000,17.240000,17.240000,17.240000
    ...
    11/19/2026,23.660000,24.010000,21.950000,22.380000

Dates are MM/DD/YYYY; there is no volume. The same path serves Cboe's other
indices (`VIX9D_History.csv`, `VXN_History.csv`, `GVZ_History.csv`, ...). The
newsdesk symbol maps to the file's stem through `market.cboe_history.symbols`
(`^VIX` -> `VIX`); an unmapped symbol is not guessed. The file is the source
the VIX is published from, which is why it serves as the VIX gauge's official
series (`market.official`).
"""

from __future__ import annotations

from datetime import date

from ..config import HttpSourceConfig
from ..errors import DataError
from ..skips import SkipCode
from .base import Fetched
from .daily_csv import parse_daily_csv
from .http import SourceHttp

NAME = "cboe_history"


class CboeHistorySource:
    name = NAME

    def __init__(self, cfg: HttpSourceConfig, http: SourceHttp | None = None) -> None:
        self.cfg = cfg
        self.http = http or SourceHttp(NAME, cfg)

    def fetch(self, symbol: str, start: date, end: date) -> Fetched:
        stem = self.cfg.symbols.get(symbol)
        if stem is None:
            raise DataError(f"{NAME} {symbol}: no Cboe index history for {symbol} "
                            "(set market.cboe_history.symbols)", code=SkipCode.UNMAPPED_SYMBOL)
        text = self.http.get_text(f"{stem}_History.csv", {}, symbol)
        bars = parse_daily_csv(text, f"{NAME} {symbol}")
        return Fetched([bar for bar in bars if start <= bar.session <= end])
