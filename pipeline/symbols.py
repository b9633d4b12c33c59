"""What a symbol may be spelled with: it becomes a file name (bars and options CSVs).

Letters, digits and `^ . _ = -`, starting with a letter, a digit or `^`, at most
32 characters: `IWM`, `^VIX`, `BRK.B`, `DX-Y.NYB`, `ES=F`. Anything else (a
slash, `..`, a space) could name a file outside the data folders, so config
loading refuses it and the file readers check it again.
"""

from __future__ import annotations

import re

SYMBOL_PATTERN = re.compile(r"^[A-Za-z0-9^][A-Za-z0-9^._=-]{0,31}$")
ALLOWED = "letters, digits and ^ . _ = - (at most 32, not starting with . _ = -)"


def symbol_problem(symbol: str) -> str | None:
    """Why `symbol` cannot name a file, or None when it can."""
    if SYMBOL_PATTERN.match(symbol) and ".." not in symbol:
        return None
    return f"symbol {symbol!r} may hold only {ALLOWED}"
