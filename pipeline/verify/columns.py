"""Hand-typed tables whose first columns hold other things' numbers beside a column of market notes.

A split sheet ("KM  SPLIT  PACE  HR  NOTE"), a setlist ("#  SONG  KEY  BPM  TIME  NOTES") or a cargo
manifest ("CONTAINER  TYPE  GROSS KG  CONTENTS  REMARK") is typed in columns of spaces: each row's
last cell is prose about the market, the cells before it measure or number something else (a heart
rate, a tempo, a container's number, a weight). A column whose header names no market measure is
another thing's: the figures in its cells are blanked (spaces) before the rows are read as prose,
so the note beside them is read alone. A column headed by a market word (Close, Level, Chg, Ticker,
Date) is left as it is, and so is any cell that runs on as prose. The last column is such a column too
when it holds no note but a figure in every row ("ITEM  PRICE  MADE  SOLD  TAKINGS" of a bake sale's
tally: the takings are the sale's sums).
"""

from __future__ import annotations

import re

from .things import is_market_word, is_unit_of_measure

_CELL = re.compile(r"\S+(?: \S+)*")
"""A cell: words joined by single spaces (two or more spaces, or a tab, part cells)."""
_HEADER_CELL = re.compile(r"[#A-Za-z][A-Za-z'#/.\- ]{0,24}")
_MARKET_HEADERS = frozenset("""
last px chg net sym symbol ticker name date dt day o h l c ohlc vol level lvl pct asset assets instrument
security securities pair underlying product series sector contract future move note notes comment
comments remark remarks view
""".split())
"""Column titles of a market table that are no market noun (things._MARKET_NOUNS): a ticker's or a
name's column, a date's, the day's prices in shorthand, and the note column itself."""
_DURATIONS = frozenset("hr hrs hour hours min mins minute minutes sec secs second seconds time split".split())
"""A column of durations or times holds no market figure, though 'hr' and 'min' are market units in
prose ("up 2% in an hour"); a column titled HR is as often a heart rate."""
_BRACKETED = re.compile(r"\([^)]*\)")
_FIGURE_TOKEN = re.compile(r"[^\s()\[\]]*\d[^\s()\[\]]*")
"""A figure's token in a cell, without the brackets around it ("Cookies (bag of 6)": the 6, the bracket
kept whole for the label it closes)."""
_FIGURE_CELL = re.compile(r"[+\-\u2212]?(?:US)?\$?\d[\d,]*(?:\.\d+)?(?:%|[KMBkx])?")
_SHORT_CELL = 20
_MIN_COLUMNS, _MIN_ROWS = 4, 2


def other_columns_blanked(lines: list[str]) -> list[str] | None:
    """`lines` (one block, as typed, spaces kept) with the figures of the other things' columns
    blanked, or None when the block holds no such table (a header line of at least four titles with
    at least two rows under it cut at the header's columns)."""
    lines = [line.expandtabs() for line in lines]
    for at, line in enumerate(lines[:-_MIN_ROWS]):
        blanked = _under_header(line, lines[at + 1:])
        if blanked is not None:
            return [*lines[:at + 1], *blanked]
    return None


def _under_header(first: str, lines: list[str]) -> list[str] | None:
    header = [(m.start(), m.group(0)) for m in _CELL.finditer(first)]
    if len(header) < _MIN_COLUMNS or not all(_HEADER_CELL.fullmatch(title) for _, title in header[:-1]):
        return None
    starts = [start for start, _ in header]
    rows = [_cells(line, starts) for line in lines]
    others = {n for n, (_, title) in enumerate(header[:-1]) if other_thing_title(title)}
    if other_thing_title(header[-1][1]) and _figures_column(lines, rows, len(header) - 1):
        others.add(len(header) - 1)  # "TAKINGS": a last column of sums, no note about the market
    if not others:
        return None
    if sum(len({column for column, _, _ in row}) >= _MIN_COLUMNS - 1 for row in rows) < _MIN_ROWS:
        return None
    return [_blanked(line, row, others) for line, row in zip(lines, rows, strict=True)]


def other_thing_title(title: str) -> bool:
    """A title naming no market measure, or one whose last word is another thing's unit ("AVG HR",
    "GROSS KG": an average heart rate, a weight)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", _BRACKETED.sub(" ", title))]
    if words and (words[-1] in _DURATIONS or is_unit_of_measure(words[-1])):
        return True
    return not any(is_market_word(w) or w in _MARKET_HEADERS for w in words)


def _figures_column(lines: list[str], rows: list[list[tuple[int, int, int]]], column: int) -> bool:
    """Whether a column's first cell in every row that reaches it is a figure alone ("$227.50", "96"),
    not a note in prose (a row's remark after it, "(card $312.50, cash $488.00)", is its own)."""
    firsts = [next(((start, end) for at, start, end in row if at == column), None) for row in rows]
    found = [lines[n][cell[0]:cell[1]] for n, cell in enumerate(firsts) if cell is not None]
    return len(found) >= _MIN_ROWS and all(_FIGURE_CELL.fullmatch(cell) for cell in found)


def _cells(line: str, starts: list[int]) -> list[tuple[int, int, int]]:
    """Each cell of a row as (its column, start, end): the header's column it starts under."""
    found = []
    for match in _CELL.finditer(line):
        column = max((n for n, start in enumerate(starts) if start <= match.start() + 1), default=0)
        found.append((column, match.start(), match.end()))
    return found


def _blanked(line: str, row: list[tuple[int, int, int]], others: set[int]) -> str:
    for column, start, end in row:
        if column not in others or end - start > _SHORT_CELL:
            continue
        for token in _FIGURE_TOKEN.finditer(line, start, end):
            line = line[:token.start()] + " " * (token.end() - token.start()) + line[token.end():]
    return line
