"""Notebook cell markers and a weekday before a day-month-year date (issue 14, vh17), in other words
than the holdouts.

- A notebook's printout numbers its cells "In [4]:" and "Out[4]:". Those brackets are the cell's
  number, not a citation: before, each was `citation-unresolved` and every figure on its line was
  taken for the cited source's. A quant's notebook on QQQ's Tuesday prints its cells and cites one
  story as [1] in its closing remark; the story is listed in a Markdown reference line. The plants
  cite a story the list does not hold ([4], the number of a cell too: still unresolved) and misprint a
  figure on an "Out[n]:" line (now read as the close it is).
- A short weekday before a day, a month and a year ("Wed 26 Nov 2025"): the year printed is the
  date's. Before, the weekday was checked against that day in the session's year ("Nov 26, 2026 is a
  Thursday"). An SPY desk diary in June gives its record's date so; the plant names the wrong weekday.

Every figure comes from the snapshots and the cited story, so each text is correct by construction.
"""

from __future__ import annotations

from datetime import date

from .plants import Plant
from .universe import Built
from .user_texts import UserText

CELLS_KEY = "QQQ-2026-11-17"
CELLS = f"user-vh17-cells-{CELLS_KEY}"
DIARY_KEY = "SPY-2026-06-03"
DIARY = f"user-vh17-diary-{DIARY_KEY}"
NASDAQ = "nasdaq-100-slips"


def cells_notebook(b: Built) -> str:
    sheet = b.sheet
    story = next(item for item in b.news if NASDAQ in item.url)
    return ("qqq_eod.ipynb, exported as text\n\n"
            "In [1]: px = get_bars('QQQ')\n"
            "In [2]: px.close[-1], px.chg_pct[-1]\n"
            f"Out[2]: QQQ closed at {sheet.fmt('close')}, down {sheet.fmt('change_1d_pct', 'abs')}\n\n"
            "In [3]: px.sma(50)[-1]\n"
            f"Out[3]: the 50-day average is {sheet.fmt('sma_50')}\n\n"
            "In [4]: px.rsi(14)[-1]\n"
            f"Out[4]: RSI {sheet.fmt('rsi_14')}\n\n"
            "In [5]: px.record()\n"
            f"Out[5]: the record close, {sheet.fmt('high_52w')}, was set on {_record_day(b)}\n\n"
            f"Remark: the Nasdaq 100 slid 0.9% to {sheet.fmt('NDX_close')} on the day [1].\n\n"
            f"[1]: {story.url}, {story.publisher}\n")


def _record_date(b: Built) -> date:
    return date.fromisoformat(str(b.sheet.facts["all_time_high_date"].value))


def _written(day: date) -> str:
    return f"{day:%A}, {day:%b} {day.day}"


def _record_day(b: Built) -> str:
    return _written(_record_date(b))


def diary_entry(b: Built) -> str:
    sheet = b.sheet
    return ("Desk diary, SPY\n\n"
            f"SPY closed at {sheet.fmt('close')}, up {sheet.fmt('change_1d_pct', 'abs')} on the day. "
            f"The record close, {sheet.fmt('high_52w')}, goes back to Wed 26 Nov 2025; SPY sits "
            f"{sheet.fmt('pct_from_ath', 'abs')} under it.\n")


def markers40_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CELLS, CELLS_KEY, "prose", "md", cells_notebook(built[CELLS_KEY])),
            UserText(DIARY, DIARY_KEY, "prose", "txt", diary_entry(built[DIARY_KEY]))]


def markers40_plants(built: dict[str, Built]) -> list[Plant]:
    close = built[CELLS_KEY].sheet.fmt("close")
    wrong_close = f"${float(close.lstrip('$').replace(',', '')) + 2.4:,.2f}"
    return [
        Plant(f"vh17-cells-cite-{CELLS_KEY}", CELLS, "citation", "on the day [1].", "on the day [4].",
              "citation-unresolved", "[4]",
              note="a citation of a story the list does not hold, in a text whose cells run up to 5"),
        Plant(f"vh17-cells-close-{CELLS_KEY}", CELLS, "value", f"closed at {close}",
              f"closed at {wrong_close}", "value-mismatch", wrong_close,
              note="the close on an 'Out[2]:' line, 2.40 high: the line is read, not taken for a source's"),
        Plant(f"vh17-diary-weekday-{DIARY_KEY}", DIARY, "date", "Wed 26 Nov 2025", "Thu 26 Nov 2025",
              "weekday-mismatch", "Thu 26 Nov 2025",
              note="Nov 26, 2025 was a Wednesday; the year printed is the date's, not the session's"),
    ]
