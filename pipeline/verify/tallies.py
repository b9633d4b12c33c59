"""Tallies and bills: sums that add up to their own printed total.

A box office's week ("| Performance | Seats sold | Capacity | Gross |" over a "| **Total** |" row), a
budget's costs ("Bouncy castle hire  $340.00  $320.00" ... "Total costs  $1,231.90  $1,139.10") or a
shop's quote ("3 x deck screws  @ $11.99 = $35.97" ... "Subtotal  $591.64", then the discount, the tax
and the total) print figures that add up, to the cent, to the total printed under them. Figures that
add up so are the tally's own: a count of seats, a cost, a line of a bill, never a close, a level or a
move of the market, however near one they fall. A column (or a line's n-th sum) that adds up to its
total row is blanked before it is read, as an other thing's column is (columns.py); so are the lines
of a bill right after its subtotal that work it out (a discount, the net, a tax, the total), when their
words name no market measure. A misprinted figure breaks the sum: the tally is then read as it is.
"""

from __future__ import annotations

import re

from .things import is_market_word

_TOTAL_LABEL = re.compile(r"[\W_]*(?:sub-?\s?|grand\s+)?totals?\b", re.IGNORECASE)
"""A total row's or line's label ("Total", "**Total**", "Total costs", "Subtotal", "Grand total")."""
_FIGURE = re.compile(r"(?<![\w.])[+\-\u2212]?(?:US)?\$?\d[\d,]*(?:\.\d+)?(?![\w.])")
_CELL_FIGURE = re.compile(r"[*_\s]*[+\-\u2212]?(?:US)?\$?(?P<value>\d[\d,]*(?:\.\d+)?)[*_\s]*")
_MONEY = re.compile(r"(?<![\w.])(?P<sign>[+\-\u2212])?(?:US)?\$(?P<value>\d[\d,]*(?:\.\d{2})?)(?![\d,]*\d)")
_BLANKED = re.compile(r"(?<![\w.])[+\-\u2212]?(?:US)?\$?\d[\d,]*(?:\.\d+)?%?(?![\w])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_MIN_TERMS = 2
_CENT = 0.005


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _adds_up(terms: list[float], total: float) -> bool:
    return len(terms) >= _MIN_TERMS and total > 0 and abs(sum(terms) - total) < _CENT


# --- tables -----------------------------------------------------------------------------------------

def tally_blanked(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows (the header first) with the cells of each column that adds up to its total row
    blanked (empty), the total row's cell too; the rows as they are when none does."""
    totals = [n for n, row in enumerate(rows) if n and row and _TOTAL_LABEL.match(row[0])]
    if len(totals) != 1:
        return rows
    at = totals[0]
    body = rows[1:at]
    summed = set()
    for column in range(1, len(rows[at])):
        total = _CELL_FIGURE.fullmatch(rows[at][column])
        cells = [row[column] if column < len(row) else "" for row in body]
        found = [_CELL_FIGURE.fullmatch(cell) for cell in cells]
        if total is None or any(f is None for f in found):
            continue
        if _adds_up([_value(f.group("value")) for f in found if f is not None], _value(total.group("value"))):
            summed.add(column)
    if not summed:
        return rows
    return [row if n == 0 or not 1 <= n <= at else
            [("" if c in summed else cell) for c, cell in enumerate(row)] for n, row in enumerate(rows)]


# --- lines of a bill --------------------------------------------------------------------------------

def _sums(line: str) -> list[re.Match[str]]:
    return list(_MONEY.finditer(line))


def _label_words(line: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_BLANKED.sub(" ", line))]


_TICKER = re.compile(r"\b[A-Z]{2,5}\b|\^")


def _worded_off(line: str) -> bool:
    """A bill's line after its total, a label and one sum whose words name no market measure and no
    ticker ("Sales tax 7.25%  $38.60", "Contractor discount 10%  -$59.16"; not "IWM  $244.30")."""
    return len(_sums(line)) == 1 and not any(is_market_word(w) for w in _label_words(line)) \
        and (_TOTAL_LABEL.match(line) is not None or _TICKER.search(line) is None)


def bill_blanked(lines: list[str]) -> list[str] | None:
    """`lines` with the figures of a bill blanked, or None when no bill's sums add up: two or more
    lines in a row, each with a sum in dollars, whose n-th last sums add up to the n-th last sum of the
    total line right under them; the lines after the total that go on working the bill out (each with a
    sum, no market word) are the bill's too."""
    sums = [_sums(line) for line in lines]
    for at, line in enumerate(lines):
        if not sums[at] or not _TOTAL_LABEL.match(line):
            continue
        top = at
        while top > 0 and sums[top - 1] and not _TOTAL_LABEL.match(lines[top - 1]):
            top -= 1  # the items: their sum is the test, whatever they are called ("deck screws, box")
        for first in range(top, at - _MIN_TERMS + 1):
            if _sums_to(sums[first:at], sums[at]):
                last = at
                while last + 1 < len(lines) and sums[last + 1] and _worded_off(lines[last + 1]):
                    last += 1
                return [_blank(line) if first <= n <= last else line for n, line in enumerate(lines)]
    return None


def _sums_to(items: list[list[re.Match[str]]], total: list[re.Match[str]]) -> bool:
    """Whether the items' n-th last sums add up to the total line's n-th last, for some n."""
    for back in range(1, len(total) + 1):
        terms = [found[-back] for found in items if len(found) >= back]
        if len(terms) == len(items) and _adds_up([_value(t.group("value")) for t in terms],
                                                  _value(total[-back].group("value"))):
            return True
    return False


def _blank(line: str) -> str:
    return _BLANKED.sub(lambda m: " " * len(m.group(0)), line)
