"""Options open interest from Cboe's delayed-quotes JSON (keyless, public).

Wire format (`GET {base}/options/{symbol}.json`; indexes with a leading
underscore, `_SPX`, `_NDX`, `_RUT`, `_VIX`):

    {"timestamp": "2026-11-20 16:14:57",
     "data": {"symbol": "SPY", "current_price": 661.2, "prev_day_close": 658.4,
              "options": [{"option": "SPY261127C00660000", "bid": 4.1, "ask": 4.2,
                           "open_interest": 18250, "volume": 9120, "iv": 0.14, ...}, ...]}}

Each `option` is an OCC symbol: root, expiry `YYMMDD`, `C`/`P`, strike x 1000
in 8 digits. Open interest is published once a day (the previous close's
positions), so a chain fetched the evening or weekend after a session is that
session's positioning. The chain is cut to the nearest expiry on or after the
session, except that contracts expiring on the session are left out once the
chain was taken after the 16:00 ET close (they are settled). Contracts of
several roots (SPX and SPXW) on one expiry and strike are summed. The
timestamp is Cboe's, in Eastern time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, time
from typing import Any

from ..config import HttpSourceConfig
from ..contracts import OptionContract, OptionRight, OptionsChain
from ..errors import ProviderError
from .base import source_symbol
from .http import SourceHttp

NAME = "cboe"
OCC_SYMBOL = re.compile(r"^(?P<root>[A-Z.]+?)(?P<expiry>\d{6})(?P<right>[CP])(?P<strike>\d{8})$")
_RIGHTS = {"C": OptionRight.CALL, "P": OptionRight.PUT}
SETTLEMENT = time(16, 0)


class CboeOptionsSource:
    name = NAME

    def __init__(self, cfg: HttpSourceConfig, http: SourceHttp | None = None) -> None:
        self.cfg = cfg
        self.http = http or SourceHttp(NAME, cfg)

    def load(self, symbol: str, session: date, latest_as_of: date) -> OptionsChain | None:
        """The nearest expiry on or after `session`; a chain dated after `latest_as_of` is refused."""
        ticker = source_symbol(symbol, self.cfg.symbols)
        payload = self.http.get_json(f"options/{ticker}.json", {}, symbol)
        return parse_chain(payload, symbol, session, latest_as_of)


def parse_chain(payload: Any, symbol: str, session: date, latest_as_of: date) -> OptionsChain | None:
    where = f"{NAME} {symbol}"
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict):
        raise ProviderError(f"{where}: the answer has no 'data' object")
    taken = _taken(payload.get("timestamp"), where)
    as_of = taken.date()
    if as_of > latest_as_of:
        raise ProviderError(f"{where}: the chain is as of {as_of}, later than {latest_as_of}; "
                            f"it would put later positioning into the {session} article")
    rows = payload["data"].get("options") or []
    if not isinstance(rows, list):
        raise ProviderError(f"{where}: 'options' is not a list")
    parsed = [_contract(row, where) for row in rows]
    settled = as_of > session or taken.time() >= SETTLEMENT
    expiries = sorted({expiry for expiry, _ in parsed
                       if expiry > session or (expiry == session and not settled)})
    if not expiries:
        return None
    expiry = expiries[0]
    totals: dict[tuple[float, OptionRight], int] = defaultdict(int)
    for day, contract in parsed:
        if day == expiry:
            totals[(contract.strike, contract.right)] += contract.open_interest
    contracts = [OptionContract(strike=strike, right=right, open_interest=oi)
                 for (strike, right), oi in sorted(totals.items())]
    return OptionsChain(symbol=symbol, provider=NAME, as_of=as_of, expiry=expiry,
                        contracts=contracts)


def _taken(stamp: Any, where: str) -> datetime:
    try:
        return datetime.strptime(str(stamp)[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ProviderError(f"{where}: timestamp {stamp!r} not understood") from None


def _contract(row: Any, where: str) -> tuple[date, OptionContract]:
    name = row.get("option") if isinstance(row, dict) else None
    match = OCC_SYMBOL.match(str(name or ""))
    if match is None:
        raise ProviderError(f"{where}: option symbol {name!r} is not an OCC symbol")
    interest = row.get("open_interest")
    if interest is None:
        interest = 0
    if not isinstance(interest, int | float) or interest < 0 or not float(interest).is_integer():
        raise ProviderError(f"{where}: {name}: open interest {interest!r} is not a whole number >= 0")
    try:
        expiry = datetime.strptime(match["expiry"], "%y%m%d").date()
    except ValueError:
        raise ProviderError(f"{where}: {name}: expiry {match['expiry']} is not a date") from None
    strike = int(match["strike"]) / 1000
    if strike <= 0:
        raise ProviderError(f"{where}: {name}: strike is zero")
    return expiry, OptionContract(strike=strike, right=_RIGHTS[match["right"]], open_interest=int(interest))
