"""An account's balance worked out in lines of a label and a sum of money.

A statement's summary ("Starting value  $51,904.18 / Deposits  $500.00 / Market change  -$2,312.61 /
Ending value  $50,091.57") prints sums that add up to the cent: the first plus the lines between, each
with its printed sign (an unsigned one may be taken out: a fee, a withdrawal), is the last. Such lines
are the account's, never a price or a move of the market, whatever the labels say ("Market change"):
their sums are blanked before the block is read, as an other thing's column is (columns.py). A block
whose sums do not add up is read as it is.
"""

from __future__ import annotations

import itertools
import re

_LINE_SUM = re.compile(r"^(?P<label>[A-Za-z][^\d$]*?)\s*[:.]*\s+(?P<sign>[+\-\u2212])?(?:US)?\$"
                       r"(?P<value>\d[\d,]*\.\d{2})(?![\d.,]*\d)")
"""A line opening on its label (no figure in it), then a sum in dollars and cents."""
_MIN_TERMS, _MAX_BETWEEN = 3, 5
_CENT = 0.005


def balance_blanked(lines: list[str]) -> list[str] | None:
    """`lines` with the sums of a worked balance blanked (spaces), or None when no run of three or
    more label-and-sum lines adds up: first + those between (signed as printed, an unsigned one either
    way) = last, to the cent."""
    sums = [(n, found) for n, line in enumerate(lines) for found in [_LINE_SUM.match(line)] if found]
    values = [_signed(found) for _, found in sums]
    for first, last in itertools.combinations(range(len(sums)), 2):
        between = range(first + 1, last)
        if last - first + 1 < _MIN_TERMS or len(between) > _MAX_BETWEEN:
            continue
        if _adds_up(values[first], [(values[k], sums[k][1].group("sign") is None) for k in between],
                    values[last]):
            blanked = list(lines)
            for n, found in sums[first:last + 1]:
                start, end = found.start("value") - 1, found.end("value")
                if found.group("sign"):
                    start -= 1
                blanked[n] = blanked[n][:start] + " " * (end - start) + blanked[n][end:]
            return blanked
    return None


def _signed(found: re.Match[str]) -> float:
    value = float(found.group("value").replace(",", ""))
    return -value if found.group("sign") in ("-", "\u2212") else value


def _adds_up(start: float, terms: list[tuple[float, bool]], end: float) -> bool:
    choices = [(value, -value) if either else (value,) for value, either in terms]
    return any(abs(start + sum(signs) - end) < _CENT for signs in itertools.product(*choices))
