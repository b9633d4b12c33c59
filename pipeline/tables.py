"""Tables that fit the terminal (80 columns and up): one line a row, the last column cut.

Listings (`review`, `drafts`, `news`) put their long text (a headline, a title) last;
the other columns keep their full width, and optional ones give way on a narrow screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

NUMERIC = frozenset({"E", "W", "Pulse", "Thr", "V", "Flag", "v", "errors", "warnings"})
MIN_LAST = 12
Cell = Text | str


def fitted_table(console: Console, names: Sequence[str], rows: Sequence[Sequence[Cell]],
                 droppable: Sequence[str] = (), numeric: frozenset[str] = NUMERIC,
                 min_last: int = MIN_LAST) -> Table:
    """A table that fits the console: one line a row, the last column cut with an ellipsis.

    Other columns are never cut; when they leave the last one (a headline, a title)
    fewer than `min_last` characters, columns in `droppable` are left out, first named first.
    """
    widths = {name: max([len(name)] + [_width(row[i]) for row in rows])
              for i, name in enumerate(names[:-1])}
    shown = list(names[:-1])
    for name in [*droppable, None]:
        if console.width - sum(widths[n] for n in shown) - len(shown) >= min_last or name is None:
            break
        if name in shown:
            shown.remove(name)
    last = max(min_last, console.width - sum(widths[n] for n in shown) - len(shown))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 0))
    for name in shown:
        table.add_column(name, justify="right" if name in numeric else "left", no_wrap=True,
                         min_width=widths[name])
    table.add_column(names[-1], no_wrap=True, overflow="ellipsis", max_width=last)
    keep = [names.index(n) for n in shown]
    for row in rows:
        cut = row[-1] if isinstance(row[-1], Text) else Text(row[-1])
        cut.no_wrap, cut.overflow = True, "ellipsis"
        table.add_row(*[row[i] for i in keep], cut)
    return table


def _width(cell: Cell) -> int:
    return cell_len(cell) if isinstance(cell, str) else cell.cell_len
